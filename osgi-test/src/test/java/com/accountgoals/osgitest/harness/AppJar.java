package com.accountgoals.osgitest.harness;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.Attributes;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the harness needs to know about an app jar, read from the jar itself: its manifest, the Jira
 * services its Spring XML references and the classes its descriptor names.
 */
public final class AppJar {

  static final String DESCRIPTOR = "atlassian-plugin.xml";
  static final List<String> OSGI_NAMESPACES =
      List.of(
          "http://www.eclipse.org/gemini/blueprint/schema/blueprint",
          "http://www.springframework.org/schema/osgi");
  private static final List<String> REFERENCE_ELEMENTS = List.of("reference", "list", "set");

  private final Path file;
  private final Attributes manifest;
  private final Map<String, byte[]> entries;

  private AppJar(Path file) {
    this.file = file;
    this.manifest = Jars.mainAttributes(file);
    this.entries = Jars.entries(file);
  }

  public static AppJar read(Path file) {
    return new AppJar(file);
  }

  public Path file() {
    return file;
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(manifest.getValue(name)).map(String::trim);
  }

  /** The symbolic name without directives such as {@code ;singleton:=true}. */
  public Optional<String> symbolicName() {
    return header("Bundle-SymbolicName").map(name -> name.split(";")[0].trim());
  }

  public boolean hasDescriptor() {
    return entries.containsKey(DESCRIPTOR);
  }

  /** The {@code key} of {@code <atlassian-plugin>}. */
  public String pluginKey() {
    return descriptor().getDocumentElement().getAttribute("key");
  }

  /**
   * The Spring XML files Gemini Blueprint reads: those in {@code Spring-Context}, or the default.
   */
  public List<String> springXmlFiles() {
    List<String> files = new ArrayList<>();
    List<OsgiHeader> locations = OsgiHeader.parse(header("Spring-Context").orElse(""));
    boolean defaults =
        locations.isEmpty() || locations.stream().anyMatch(l -> l.path().equals("*"));
    for (String name : entries.keySet()) {
      boolean isDefault = name.startsWith("META-INF/spring/") && name.endsWith(".xml");
      boolean isListed = locations.stream().anyMatch(l -> l.path().equals(name));
      if ((defaults && isDefault) || isListed) {
        files.add(name);
      }
    }
    return files;
  }

  /** Every OSGi service reference in the app's Spring XML, file by file. */
  public List<SpringReference> serviceReferences() {
    List<SpringReference> references = new ArrayList<>();
    for (String xml : springXmlFiles()) {
      Document document = parse(xml, true);
      for (String namespace : OSGI_NAMESPACES) {
        for (String element : REFERENCE_ELEMENTS) {
          NodeList nodes = document.getElementsByTagNameNS(namespace, element);
          for (int i = 0; i < nodes.getLength(); i++) {
            Element reference = (Element) nodes.item(i);
            for (String type : interfacesOf(reference)) {
              references.add(
                  new SpringReference(
                      reference.getAttribute("id"), type, reference.getAttribute("filter"), xml));
            }
          }
        }
      }
    }
    return references;
  }

  private static List<String> interfacesOf(Element reference) {
    List<String> types = new ArrayList<>();
    if (!reference.getAttribute("interface").isBlank()) {
      types.add(reference.getAttribute("interface").trim());
    }
    NodeList children = reference.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element nested
          && nested.getLocalName().equals("interfaces")) {
        NodeList values = nested.getElementsByTagNameNS("*", "value");
        for (int v = 0; v < values.getLength(); v++) {
          types.add(values.item(v).getTextContent().trim());
        }
      }
    }
    return types;
  }

  /**
   * Every class the descriptor names through a {@code class} attribute (and webwork's {@code
   * <action name>}), with the top-level module it belongs to.
   */
  public List<ModuleClass> descriptorClasses() {
    List<ModuleClass> classes = new ArrayList<>();
    Element root = descriptor().getDocumentElement();
    for (Element module : childElements(root)) {
      collectClasses(module, module, classes);
    }
    return classes;
  }

  private static void collectClasses(Element module, Element element, List<ModuleClass> out) {
    String name = element.getTagName();
    String className = element.getAttribute("class");
    if (name.equals("action") && className.isBlank()) {
      className = element.getAttribute("name");
    }
    if (!className.isBlank()) {
      out.add(
          new ModuleClass(module.getTagName(), module.getAttribute("key"), name, className.trim()));
    }
    for (Element child : childElements(element)) {
      collectClasses(module, child, out);
    }
  }

  /** The {@code <rest>} modules' {@code <package>} names, by module key. */
  public Map<String, List<String>> restPackages() {
    Map<String, List<String>> packages = new TreeMap<>();
    for (Element module : childElements(descriptor().getDocumentElement())) {
      if (module.getTagName().equals("rest")) {
        List<String> names = new ArrayList<>();
        for (Element child : childElements(module)) {
          if (child.getTagName().equals("package")) {
            names.add(child.getTextContent().trim());
          }
        }
        packages.put(module.getAttribute("key"), names);
      }
    }
    return packages;
  }

  /**
   * The classes at the jar's root in the package or below it (REST scans subpackages); every class
   * when the package is empty (a {@code <rest>} module without packages scans the whole plugin).
   */
  public List<String> classesUnder(String packageName) {
    String prefix = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    for (String entry : entries.keySet()) {
      if (entry.startsWith(prefix)
          && entry.endsWith(".class")
          && !entry.startsWith("META-INF/")
          && !entry.endsWith("package-info.class")
          && !entry.endsWith("module-info.class")) {
        names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
      }
    }
    return names;
  }

  /**
   * Whether the class file mentions the annotation type (descriptor form, e.g. Ljavax/ws/rs/Path;).
   */
  public boolean classFileMentions(String className, String annotationType) {
    byte[] bytes = entries.get(className.replace('.', '/') + ".class");
    String descriptor = "L" + annotationType.replace('.', '/') + ";";
    return bytes != null
        && new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(descriptor);
  }

  private Document descriptor() {
    if (!hasDescriptor()) {
      throw new IllegalStateException(file + " has no " + DESCRIPTOR + " at its root");
    }
    return parse(DESCRIPTOR, false);
  }

  private Document parse(String entry, boolean namespaceAware) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(namespaceAware);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new ByteArrayInputStream(entries.get(entry)));
    } catch (Exception e) {
      throw new IllegalStateException("cannot parse " + entry + " in " + file + ": " + e, e);
    }
  }

  private static List<Element> childElements(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        children.add(element);
      }
    }
    return children;
  }
}
