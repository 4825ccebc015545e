package org.citysim.app.progress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar with ETA on stderr (me.tongfei progressbar). */
final class TerminalProgress implements Progress {
  @Override
  public Task start(String name, long total) {
    ProgressBar bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build();
    return new Task() {
      @Override
      public void update(long done) {
        bar.stepTo(done);
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
