package org.citysim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citysim.sim.metrics.NetworkGeometry;
import org.citysim.sim.metrics.NetworkGeometry.LinkLine;
import org.citysim.sim.metrics.NetworkGeometry.NodePoint;

/**
 * Draws the road network with plain Java2D: one segment per link, offset to the right of its
 * direction (right-hand traffic) so both directions of a two-way street show, width by lanes,
 * colour by congestion. Plain Java2D rather than an XYPlot because a 30x30 grid has ~3500
 * links; batching them into one path per colour and width keeps rendering and SVG size small.
 */
final class NetworkPainter implements Painter {
  private static final int MAX_LANES = 6;
  private static final double TITLE_H = 36;
  private static final double LEGEND_H = 58;
  private static final double MARGIN = 14;

  /** Fill of the marks. */
  static final Color MARK = new Color(0x1f, 0x4f, 0xd1);
  /** Unit kinds with a route colour of their own, in legend order. */
  static final List<String> ROUTE_KINDS = List.of("ambulance", "tow", "police");
  /**
   * Route colours of {@link #ROUTE_KINDS}, in the same order: violet, near-black and blue,
   * none of them in the green-to-red congestion palette.
   */
  static final List<Color> ROUTE_COLOURS = List.of(new Color(0x7b, 0x2c, 0xbf),
      new Color(0x22, 0x22, 0x22), new Color(0x00, 0x6d, 0xb0));
  /** Colour of routes of a kind without one of its own. */
  static final Color OTHER_ROUTE = new Color(0x55, 0x55, 0x55);
  /** Width of a unit route [px]. */
  private static final float ROUTE_W = 1.6f;

  private final NetworkGeometry network;
  private final String title;
  private final List<Mark> marks;
  private final List<Route> routes;
  private final CongestionPalette palette = new CongestionPalette();
  private final NetworkLegend legend = new NetworkLegend(palette);

  NetworkPainter(NetworkGeometry network, String title) {
    this(network, title, List.of());
  }

  /** A map with {@code marks} drawn over the links, in order (later ones on top). */
  NetworkPainter(NetworkGeometry network, String title, List<Mark> marks) {
    this(network, title, marks, List.of());
  }

  /**
   * A map with {@code routes} drawn as thin lines over the links, one colour per unit kind
   * with a legend of the kinds present, and {@code marks} on top.
   */
  NetworkPainter(NetworkGeometry network, String title, List<Mark> marks, List<Route> routes) {
    this.network = network;
    this.title = title;
    this.marks = List.copyOf(marks);
    this.routes = List.copyOf(routes);
  }

  /**
   * A route a response unit drove.
   *
   * @param kind  unit kind ("ambulance", "tow", "police"), which picks the colour
   * @param links link ids in driving order; links the geometry lacks are skipped
   */
  record Route(String kind, List<String> links) {
    Route {
      links = List.copyOf(links);
    }
  }

  /**
   * A labelled mark at the middle of a link, on the side its direction is drawn.
   *
   * @param link  link id; a mark on a link the geometry lacks is not drawn
   * @param label short text in the mark, e.g. an incident id
   */
  record Mark(String link, String label) {}

  @Override
  public void paint(Graphics2D g, Rectangle2D area) {
    g.setColor(Color.WHITE);
    g.fill(area);
    g.setColor(Color.BLACK);
    g.setFont(new Font(ChartStyle.FONT, Font.BOLD, 18));
    FontMetrics fm = g.getFontMetrics();
    g.drawString(title, (float) (area.getCenterX() - fm.stringWidth(title) / 2.0),
        (float) (area.getY() + 26));
    Rectangle2D map = new Rectangle2D.Double(area.getX() + MARGIN, area.getY() + TITLE_H,
        area.getWidth() - 2 * MARGIN, area.getHeight() - TITLE_H - LEGEND_H - MARGIN);
    if (network.links().isEmpty()) {
      g.setFont(new Font(ChartStyle.FONT, Font.PLAIN, 14));
      String note = "No network geometry recorded";
      g.drawString(note, (float) (map.getCenterX() - g.getFontMetrics().stringWidth(note) / 2.0),
          (float) map.getCenterY());
    } else {
      drawLinks(g, map);
    }
    legend.paint(g, new Rectangle2D.Double(area.getX() + MARGIN,
        area.getMaxY() - LEGEND_H - MARGIN / 2, area.getWidth() - 2 * MARGIN, LEGEND_H));
  }

  private void drawLinks(Graphics2D g, Rectangle2D map) {
    double[] box = bounds(network);
    MapTransform t = MapTransform.fit(box[0], box[1], box[2], box[3], map);
    if (t == null) {
      return;
    }
    double scale = t.scale();
    double lanesPx = laneWidthPx(scale);

    // Key = bucket * (MAX_LANES + 1) + lanes; TreeMap order draws grey first and red last.
    Map<Integer, Path2D.Double> paths = new TreeMap<>();
    for (LinkLine l : network.links()) {
      double x1 = t.x(l.x1());
      double y1 = t.y(l.y1());
      double x2 = t.x(l.x2());
      double y2 = t.y(l.y2());
      double dx = x2 - x1;
      double dy = y2 - y1;
      double len = Math.hypot(dx, dy);
      if (!(len > 1e-6)) {
        continue; // zero-length or broken coordinates: nothing to draw
      }
      int lanes = Math.max(1, Math.min(MAX_LANES, l.lanes()));
      double w = lanesPx * (0.5 + lanes * 0.5);
      // Right of the direction of travel in screen coordinates is (-dy, dx).
      double off = w / 2 + 0.3 * lanesPx;
      double nx = -dy / len * off;
      double ny = dx / len * off;
      // Trim the ends a little so links meeting at a node do not merge into a blob.
      double trim = Math.min(0.12 * len, 2.5 * lanesPx) / len;
      int key = palette.bucket(l.congestion()) * (MAX_LANES + 1) + lanes;
      Path2D.Double p = paths.computeIfAbsent(key, k -> new Path2D.Double());
      p.moveTo(x1 + dx * trim + nx, y1 + dy * trim + ny);
      p.lineTo(x2 - dx * trim + nx, y2 - dy * trim + ny);
    }
    for (Map.Entry<Integer, Path2D.Double> e : paths.entrySet()) {
      int bucket = e.getKey() / (MAX_LANES + 1);
      int lanes = e.getKey() % (MAX_LANES + 1);
      g.setColor(palette.color(bucket));
      g.setStroke(new BasicStroke((float) (lanesPx * (0.5 + lanes * 0.5)),
          BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      g.draw(e.getValue());
    }
    drawRoutes(g, t, lanesPx, map);
    drawMarks(g, t, lanesPx);
  }

  /**
   * The unit routes, one path per kind, along the centre of each link's drawn band and shifted
   * a little per kind so routes of different kinds on one link stay apart; then the legend of
   * the kinds drawn, in the map's top-left corner.
   */
  private void drawRoutes(Graphics2D g, MapTransform t, double lanesPx, Rectangle2D map) {
    if (routes.isEmpty()) {
      return;
    }
    Map<String, LinkLine> byId = new TreeMap<>();
    for (LinkLine l : network.links()) {
      byId.putIfAbsent(l.id(), l);
    }
    List<String> order = ROUTE_KINDS;
    Map<String, Path2D.Double> paths = new java.util.LinkedHashMap<>();
    for (String k : order) {
      paths.put(k, new Path2D.Double());
    }
    for (Route r : routes) {
      int k = order.indexOf(r.kind());
      Path2D.Double p = paths.computeIfAbsent(r.kind(), x -> new Path2D.Double());
      for (String id : r.links()) {
        LinkLine l = byId.get(id);
        if (l == null) {
          continue;
        }
        double x1 = t.x(l.x1());
        double y1 = t.y(l.y1());
        double x2 = t.x(l.x2());
        double y2 = t.y(l.y2());
        double len = Math.hypot(x2 - x1, y2 - y1);
        if (!(len > 1e-6)) {
          continue;
        }
        double off = (0.8 + 0.9 * Math.max(0, k)) * lanesPx + ROUTE_W;
        double nx = -(y2 - y1) / len * off;
        double ny = (x2 - x1) / len * off;
        p.moveTo(x1 + nx, y1 + ny);
        p.lineTo(x2 + nx, y2 + ny);
      }
    }
    g.setStroke(new BasicStroke(ROUTE_W, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    List<String> drawn = new java.util.ArrayList<>();
    for (Map.Entry<String, Path2D.Double> e : paths.entrySet()) {
      if (e.getValue().getCurrentPoint() == null) {
        continue;
      }
      g.setColor(routeColour(e.getKey()));
      g.draw(e.getValue());
      drawn.add(e.getKey());
    }
    if (drawn.isEmpty()) {
      return;
    }
    g.setFont(new Font(ChartStyle.FONT, Font.PLAIN, 11));
    FontMetrics fm = g.getFontMetrics();
    double row = fm.getHeight() + 2;
    double w = 0;
    for (String k : drawn) {
      w = Math.max(w, fm.stringWidth(k + " route"));
    }
    Rectangle2D box = new Rectangle2D.Double(map.getX() + 4, map.getY() + 4, w + 40,
        row * drawn.size() + 6);
    g.setColor(new Color(255, 255, 255, 220));
    g.fill(box);
    g.setColor(Color.GRAY);
    g.setStroke(new BasicStroke(0.8f));
    g.draw(box);
    for (int i = 0; i < drawn.size(); i++) {
      double y = box.getY() + 3 + row * i + row / 2;
      g.setColor(routeColour(drawn.get(i)));
      g.setStroke(new BasicStroke(ROUTE_W * 1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new java.awt.geom.Line2D.Double(box.getX() + 6, y, box.getX() + 28, y));
      g.setColor(Color.BLACK);
      g.drawString(drawn.get(i) + " route", (float) (box.getX() + 34),
          (float) (y + fm.getAscent() / 2.0 - 1));
    }
  }

  /** The route colour of unit kind {@code kind}. */
  static Color routeColour(String kind) {
    int k = ROUTE_KINDS.indexOf(kind);
    return k < 0 ? OTHER_ROUTE : ROUTE_COLOURS.get(k);
  }

  private void drawMarks(Graphics2D g, MapTransform t, double lanesPx) {
    if (marks.isEmpty()) {
      return;
    }
    Map<String, LinkLine> byId = new TreeMap<>();
    for (LinkLine l : network.links()) {
      byId.putIfAbsent(l.id(), l);
    }
    g.setFont(new Font(ChartStyle.FONT, Font.BOLD, 11));
    FontMetrics fm = g.getFontMetrics();
    double r = 8;
    for (Mark m : marks) {
      LinkLine l = byId.get(m.link());
      if (l == null) {
        continue;
      }
      double x1 = t.x(l.x1());
      double y1 = t.y(l.y1());
      double x2 = t.x(l.x2());
      double y2 = t.y(l.y2());
      double len = Math.hypot(x2 - x1, y2 - y1);
      double off = len > 1e-6 ? 2 * lanesPx / len : 0;
      double cx = (x1 + x2) / 2 - (y2 - y1) * off;
      double cy = (y1 + y2) / 2 + (x2 - x1) * off;
      Ellipse2D.Double dot = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
      g.setColor(MARK);
      g.fill(dot);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(1.5f));
      g.draw(dot);
      g.drawString(m.label(), (float) (cx - fm.stringWidth(m.label()) / 2.0),
          (float) (cy + fm.getAscent() / 2.0 - 1));
    }
  }

  /**
   * Bounding box {minX, minY, maxX, maxY} [m] of the nodes and link ends; infinite when there
   * are none.
   */
  static double[] bounds(NetworkGeometry network) {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (NodePoint n : network.nodes()) {
      minX = Math.min(minX, n.x());
      maxX = Math.max(maxX, n.x());
      minY = Math.min(minY, n.y());
      maxY = Math.max(maxY, n.y());
    }
    for (LinkLine l : network.links()) {
      minX = Math.min(minX, Math.min(l.x1(), l.x2()));
      maxX = Math.max(maxX, Math.max(l.x1(), l.x2()));
      minY = Math.min(minY, Math.min(l.y1(), l.y2()));
      maxY = Math.max(maxY, Math.max(l.y1(), l.y2()));
    }
    return new double[] {minX, minY, maxX, maxY};
  }

  /**
   * Width unit [px] for one lane: scaled with the typical drawn link length so a dense grid
   * stays legible and a sparse one does not look like hairlines, within fixed bounds.
   */
  private double laneWidthPx(double scale) {
    double[] lengths = network.links().stream()
        .mapToDouble(l -> Math.hypot(l.x2() - l.x1(), l.y2() - l.y1()) * scale)
        .filter(d -> d > 1e-6)
        .sorted()
        .toArray();
    if (lengths.length == 0) {
      return 1.0;
    }
    double median = lengths[lengths.length / 2];
    return Math.max(0.4, Math.min(2.0, median / 25.0));
  }
}
