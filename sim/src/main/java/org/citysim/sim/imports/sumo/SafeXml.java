package org.citysim.sim.imports.sumo;

import javax.xml.stream.XMLInputFactory;

/** The one place where SUMO readers get their StAX factory. */
final class SafeXml {
  private SafeXml() {}

  /**
   * A factory that refuses DTDs and external entities: SUMO files are untrusted input, and with
   * those on, an entity such as {@code SYSTEM "file:///etc/passwd"} would read local files into
   * attribute values (XXE) or reach the network.
   */
  static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }
}
