package com.accountgoals.osgitest.harness;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.framework.Constants;

/** Makes the plain stand-ins jar into a bundle that exports every package it has classes in. */
final class PlainJarBundle {

  private PlainJarBundle() {}

  /**
   * Copies the jar's entries into a bundle exporting all of its packages, as Jira's system bundle
   * exports its API. {@code DynamicImport-Package: *} lets stand-in classes see whatever else they
   * name (javax.*, libraries), as Jira's own class loader does.
   */
  static Path wrap(Path plainJar, Path bundle, String symbolicName) {
    Map<String, byte[]> entries = Jars.entries(plainJar);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(Constants.BUNDLE_MANIFESTVERSION, "2");
    headers.put(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
    headers.put(Constants.BUNDLE_VERSION, "1.0.0");
    if (!Jars.classPackages(entries).isEmpty()) {
      headers.put(Constants.EXPORT_PACKAGE, String.join(",", Jars.classPackages(entries)));
    }
    headers.put(Constants.DYNAMICIMPORT_PACKAGE, "*");
    return Jars.write(bundle, Jars.manifest(headers), entries);
  }
}
