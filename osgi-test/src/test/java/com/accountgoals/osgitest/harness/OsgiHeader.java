package com.accountgoals.osgitest.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One clause of an OSGi manifest header such as {@code Import-Package}: its path (a package name)
 * with its attributes ({@code version=...}) and directives ({@code resolution:=...}).
 */
record OsgiHeader(String path, Map<String, String> attributes, Map<String, String> directives) {

  /** Splits a header into one clause per path; {@code a;b;version=1} becomes two clauses. */
  static List<OsgiHeader> parse(String header) {
    List<OsgiHeader> clauses = new ArrayList<>();
    if (header == null || header.isBlank()) {
      return clauses;
    }
    for (String clause : split(header, ',')) {
      List<String> paths = new ArrayList<>();
      Map<String, String> attributes = new LinkedHashMap<>();
      Map<String, String> directives = new LinkedHashMap<>();
      for (String part : split(clause, ';')) {
        int directive = part.indexOf(":=");
        int attribute = part.indexOf('=');
        if (directive > 0 && directive < attribute) {
          directives.put(
              part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
        } else if (attribute > 0) {
          attributes.put(
              part.substring(0, attribute).trim(), unquote(part.substring(attribute + 1)));
        } else if (!part.isBlank()) {
          paths.add(part.trim());
        }
      }
      for (String path : paths) {
        clauses.add(new OsgiHeader(path, attributes, directives));
      }
    }
    return clauses;
  }

  boolean isOptional() {
    return "optional".equals(directives.get("resolution"));
  }

  /** The clause as a manifest would write it. */
  @Override
  public String toString() {
    StringBuilder clause = new StringBuilder(path);
    attributes.forEach((k, v) -> clause.append(';').append(k).append("=\"").append(v).append('"'));
    directives.forEach((k, v) -> clause.append(';').append(k).append(":=").append(v));
    return clause.toString();
  }

  private static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == separator && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  private static String unquote(String value) {
    String trimmed = value.trim();
    return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
        ? trimmed.substring(1, trimmed.length() - 1)
        : trimmed;
  }
}
