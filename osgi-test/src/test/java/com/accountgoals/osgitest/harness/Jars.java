package com.accountgoals.osgitest.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Reads jars and writes the small bundles the harness makes at test time. */
public final class Jars {

  private Jars() {}

  /** A manifest with {@code Manifest-Version} and the given headers, in order. */
  public static Manifest manifest(Map<String, String> headers) {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    headers.forEach((name, value) -> main.put(new Attributes.Name(name), value));
    return manifest;
  }

  /** Writes a jar with the manifest (may be null) and the entries (name to bytes). */
  public static Path write(Path jar, Manifest manifest, Map<String, byte[]> entries) {
    try {
      Files.createDirectories(jar.getParent());
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out =
              manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, manifest)) {
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
          out.putNextEntry(new JarEntry(entry.getKey()));
          out.write(entry.getValue());
          out.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + jar, e);
    }
  }

  /** Every entry of a jar except its manifest, in jar order. */
  public static Map<String, byte[]> entries(Path jar) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : java.util.Collections.list(file.entries())) {
        if (!entry.isDirectory() && !entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
          try (InputStream in = file.getInputStream(entry)) {
            entries.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
    return entries;
  }

  /** The jar's main manifest attributes; empty when it has no manifest. */
  public static Attributes mainAttributes(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      return manifest == null ? new Attributes() : manifest.getMainAttributes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
  }

  /** The packages that hold at least one class at the jar's root (not in embedded jars). */
  public static TreeSet<String> classPackages(Map<String, byte[]> entries) {
    TreeSet<String> packages = new TreeSet<>();
    for (String name : entries.keySet()) {
      int slash = name.lastIndexOf('/');
      if (name.endsWith(".class") && slash > 0 && !name.startsWith("META-INF/")) {
        packages.add(name.substring(0, slash).replace('/', '.'));
      }
    }
    return packages;
  }

  /**
   * The class files of the given classes and their nested classes, as jar entries, read from the
   * test class path (a directory while tests run from Maven).
   */
  public static Map<String, byte[]> classFiles(Class<?>... classes) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (Class<?> type : classes) {
      String resource = type.getName().replace('.', '/') + ".class";
      try {
        Path file = Path.of(type.getClassLoader().getResource(resource).toURI());
        String prefix = type.getSimpleName();
        try (Stream<Path> siblings = Files.list(file.getParent())) {
          siblings
              .filter(
                  p -> {
                    String n = p.getFileName().toString();
                    return n.equals(prefix + ".class") || n.startsWith(prefix + "$");
                  })
              .sorted()
              .forEach(p -> entries.put(packagePath(type) + p.getFileName(), read(p)));
        }
      } catch (IOException | URISyntaxException | RuntimeException e) {
        throw new IllegalStateException("cannot read the class file of " + type.getName(), e);
      }
    }
    return entries;
  }

  /** The class files of every class in the anchor's package (not its subpackages). */
  public static Map<String, byte[]> packageClassFiles(Class<?> anchor) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try {
      String resource = anchor.getName().replace('.', '/') + ".class";
      Path directory = Path.of(anchor.getClassLoader().getResource(resource).toURI()).getParent();
      try (Stream<Path> files = Files.list(directory)) {
        files
            .filter(p -> p.getFileName().toString().endsWith(".class"))
            .sorted()
            .forEach(p -> entries.put(packagePath(anchor) + p.getFileName(), read(p)));
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the package of " + anchor.getName(), e);
    }
    return entries;
  }

  private static String packagePath(Class<?> type) {
    return type.getPackageName().replace('.', '/') + "/";
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
