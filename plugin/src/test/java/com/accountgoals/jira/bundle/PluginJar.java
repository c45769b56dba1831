package com.accountgoals.jira.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The app's jar as the administrator uploads it: its manifest, descriptor, Spring XML, i18n
 * bundles, and every file in it, including the files of the libraries embedded in it.
 */
final class PluginJar {

  private final Path path;
  private final Manifest manifest;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Map<String, Map<String, byte[]>> embeddedJars = new LinkedHashMap<>();

  private PluginJar(Path path) throws IOException {
    this.path = path;
    try (JarFile jar = new JarFile(path.toFile())) {
      this.manifest = jar.getManifest();
      for (JarEntry entry : java.util.Collections.list(jar.entries())) {
        if (!entry.isDirectory()) {
          try (InputStream in = jar.getInputStream(entry)) {
            files.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (file.getKey().endsWith(".jar")) {
        embeddedJars.put(file.getKey(), read(file.getValue()));
      }
    }
  }

  /** The jar named by the system property {@code bundle.jar}, which the build sets. */
  static PluginJar built() {
    String location = System.getProperty("bundle.jar");
    if (location == null || !Files.isRegularFile(Path.of(location))) {
      throw new IllegalStateException(
          "The bundle check needs the built jar (system property bundle.jar): " + location);
    }
    try {
      return new PluginJar(Path.of(location));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path path() {
    return path;
  }

  String header(String name) {
    return manifest.getMainAttributes().getValue(name);
  }

  /** Files at the jar's top level, by path. */
  Map<String, byte[]> files() {
    return files;
  }

  /** The files of each library jar embedded in the app, by the jar's path in the app. */
  Map<String, Map<String, byte[]>> embeddedJars() {
    return embeddedJars;
  }

  /** Every class file: the app's own and the embedded libraries', by class name. */
  Map<String, byte[]> allClasses() {
    Map<String, byte[]> classes = new LinkedHashMap<>();
    collectClasses(files, classes);
    embeddedJars.values().forEach(jar -> collectClasses(jar, classes));
    return classes;
  }

  boolean containsClass(String className) {
    return allClasses().containsKey(className);
  }

  Document descriptor() {
    return xml("atlassian-plugin.xml");
  }

  List<String> springXmlFiles() {
    List<String> names = new ArrayList<>();
    for (String name : files.keySet()) {
      if (name.startsWith("META-INF/spring/") && name.endsWith(".xml")) {
        names.add(name);
      }
    }
    return names;
  }

  Document xml(String name) {
    byte[] content = files.get(name);
    if (content == null) {
      throw new AssertionError(name + " is missing from the jar");
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
    } catch (Exception e) {
      throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
    }
  }

  Properties properties(String name) {
    Properties properties = new Properties();
    try {
      properties.load(new ByteArrayInputStream(files.get(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  String text(String name) {
    return new String(files.get(name), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** All elements called {@code tag} in {@code doc}, in document order. */
  static List<Element> elements(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagNameNS("*", tag);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static void collectClasses(Map<String, byte[]> files, Map<String, byte[]> classes) {
    files.forEach(
        (name, content) -> {
          if (name.endsWith(".class")
              && !name.endsWith("module-info.class")
              && !name.startsWith("META-INF/")) {
            classes.put(name.substring(0, name.length() - 6).replace('/', '.'), content);
          }
        });
  }

  private static Map<String, byte[]> read(byte[] jar) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
      for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }
}
