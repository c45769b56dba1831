package com.accountgoals.jira.jira11;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

/** A built jar: its manifest and every file, including those of embedded jars. */
final class Jira11Jar {

  final Path path;
  final Manifest manifest;

  /** Name to bytes; a file of an embedded jar is named {@code lib.jar!/name}. */
  final Map<String, byte[]> files = new LinkedHashMap<>();

  private Jira11Jar(Path path) throws IOException {
    this.path = path;
    try (JarFile jar = new JarFile(path.toFile())) {
      manifest = jar.getManifest();
      for (JarEntry entry : Collections.list(jar.entries())) {
        if (!entry.isDirectory()) {
          try (InputStream in = jar.getInputStream(entry)) {
            byte[] bytes = in.readAllBytes();
            files.put(entry.getName(), bytes);
            if (entry.getName().endsWith(".jar")) {
              readEmbedded(entry.getName(), bytes);
            }
          }
        }
      }
    }
  }

  /** The jar named by the system property {@code bundle.jar}, which the build sets. */
  static Jira11Jar built() throws IOException {
    return named("bundle.jar");
  }

  /** The Jira 10 jar it was made from (system property {@code jira10.jar}). */
  static Jira11Jar jira10() throws IOException {
    return named("jira10.jar");
  }

  private static Jira11Jar named(String property) throws IOException {
    String location = System.getProperty(property);
    if (location == null || !Files.isRegularFile(Path.of(location))) {
      throw new IllegalStateException(
          "The Jira 11 checks need the jar " + property + ": " + location);
    }
    return new Jira11Jar(Path.of(location));
  }

  String header(String name) {
    return manifest.getMainAttributes().getValue(name);
  }

  private void readEmbedded(String name, byte[] bytes) throws IOException {
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bytes))) {
      for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
        if (!entry.isDirectory()) {
          files.put(name + "!/" + entry.getName(), in.readAllBytes());
        }
      }
    }
  }
}
