package com.accountgoals.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the app's {@code atlassian-plugin.xml} (as built, from the class path) declares that a page
 * needs: the plugin key, the download resources (the plugin's own and each web-resource's, with
 * their contexts and dependencies) and the web panels. The preview serves and mounts exactly these,
 * so a resource or panel added to the descriptor shows up here without a change to the preview.
 */
public final class PluginDescriptor {

  /** One {@code <resource type="download">}: its name in the URL and its class-path location. */
  public record Download(String name, String location) {

    /** A directory resource ({@code name="images/"}) serves everything below its location. */
    public boolean isDirectory() {
      return name.endsWith("/");
    }

    /** The class-path location of {@code requested} if this resource serves it. */
    public Optional<String> locate(String requested) {
      if (isDirectory()) {
        return requested.startsWith(name) && !requested.contains("..")
            ? Optional.of(location + requested.substring(name.length()))
            : Optional.empty();
      }
      return requested.equals(name) ? Optional.of(location) : Optional.empty();
    }
  }

  /** One {@code <web-resource>}: key, download resources in order, contexts and dependencies. */
  public record WebResource(
      String key, List<Download> downloads, List<String> contexts, List<String> dependencies) {

    /** The scripts, in the descriptor's order. */
    public List<Download> scripts() {
      return downloads.stream().filter(d -> d.name().endsWith(".js")).toList();
    }

    /** The style sheets, in the descriptor's order. */
    public List<Download> styles() {
      return downloads.stream().filter(d -> d.name().endsWith(".css")).toList();
    }
  }

  /**
   * One {@code <web-panel>}: its key, location, weight, the Velocity template of its {@code view}
   * resource (if any) and the class of its {@code <context-provider>} (if any).
   */
  public record WebPanel(
      String key,
      String location,
      int weight,
      Optional<String> template,
      Optional<String> contextProvider) {}

  /** One {@code <dashboard-item>}: its key, the AMD module Jira creates it with, its title key. */
  public record DashboardItem(String key, String amdModule, String titleKey) {}

  private final String pluginKey;
  private final List<Download> pluginDownloads;
  private final Map<String, WebResource> webResources;
  private final List<WebPanel> webPanels;
  private final List<DashboardItem> dashboardItems;

  private PluginDescriptor(
      String pluginKey,
      List<Download> pluginDownloads,
      Map<String, WebResource> webResources,
      List<WebPanel> webPanels,
      List<DashboardItem> dashboardItems) {
    this.pluginKey = pluginKey;
    this.pluginDownloads = pluginDownloads;
    this.webResources = webResources;
    this.webPanels = webPanels;
    this.dashboardItems = dashboardItems;
  }

  /** The descriptor of the app on the class path. */
  public static PluginDescriptor load() {
    try (InputStream in = PluginDescriptor.class.getResourceAsStream("/atlassian-plugin.xml")) {
      if (in == null) {
        throw new IllegalStateException("atlassian-plugin.xml is not on the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The descriptor in {@code in}. */
  public static PluginDescriptor read(InputStream in) throws IOException {
    Element root = parse(in).getDocumentElement();
    List<Download> pluginDownloads = downloadsOf(root);
    Map<String, WebResource> resources = new LinkedHashMap<>();
    for (Element element : children(root, "web-resource")) {
      String key = element.getAttribute("key");
      resources.put(
          key,
          new WebResource(
              key, downloadsOf(element), texts(element, "context"), texts(element, "dependency")));
    }
    List<WebPanel> panels = new ArrayList<>();
    for (Element element : children(root, "web-panel")) {
      Optional<String> template =
          children(element, "resource").stream()
              .filter(r -> "velocity".equals(r.getAttribute("type")))
              .filter(r -> "view".equals(r.getAttribute("name")))
              .map(r -> r.getAttribute("location"))
              .findFirst();
      String weight = element.getAttribute("weight");
      Optional<String> provider =
          children(element, "context-provider").stream()
              .map(c -> c.getAttribute("class"))
              .findFirst();
      panels.add(
          new WebPanel(
              element.getAttribute("key"),
              element.getAttribute("location"),
              weight.isBlank() ? 1000 : Integer.parseInt(weight.trim()),
              template,
              provider));
    }
    List<DashboardItem> items = new ArrayList<>();
    for (Element element : children(root, "dashboard-item")) {
      String module = texts(element, "amd-module").stream().findFirst().orElse("");
      String title =
          children(element, "definition").stream()
              .flatMap(d -> children(d, "title").stream())
              .map(t -> t.getAttribute("key"))
              .findFirst()
              .orElse(element.getAttribute("i18n-name-key"));
      items.add(new DashboardItem(element.getAttribute("key"), module, title));
    }
    return new PluginDescriptor(
        root.getAttribute("key"),
        List.copyOf(pluginDownloads),
        resources,
        List.copyOf(panels),
        List.copyOf(items));
  }

  /** The plugin key, as in {@code /download/resources/{pluginKey}:{webResourceKey}/…}. */
  public String pluginKey() {
    return pluginKey;
  }

  /** The plugin's own download resources ({@code /download/resources/{pluginKey}/…}). */
  public List<Download> pluginDownloads() {
    return pluginDownloads;
  }

  /** Every web-resource, in the descriptor's order. */
  public List<WebResource> webResources() {
    return List.copyOf(webResources.values());
  }

  /** The web-resource {@code key}, if declared. */
  public Optional<WebResource> webResource(String key) {
    return Optional.ofNullable(webResources.get(key));
  }

  /**
   * The web-resources a page in {@code contexts} loads, as Jira's web-resource manager orders them:
   * those in any of the contexts, in the descriptor's order, each after the app's own web-resources
   * it depends on ({@code pluginKey:key}), every one once. Dependencies on Jira's web-resources
   * (AUI, the i18n and context-path modules) are the preview's stand-ins, on every page.
   */
  public List<WebResource> inContexts(List<String> contexts) {
    java.util.LinkedHashSet<String> ordered = new java.util.LinkedHashSet<>();
    for (WebResource resource : webResources.values()) {
      if (resource.contexts().stream().anyMatch(contexts::contains)) {
        addWithDependencies(resource, ordered, new java.util.HashSet<>());
      }
    }
    return ordered.stream().map(webResources::get).toList();
  }

  private void addWithDependencies(
      WebResource resource, java.util.Set<String> ordered, java.util.Set<String> visiting) {
    if (ordered.contains(resource.key()) || !visiting.add(resource.key())) {
      return;
    }
    for (String dependency : resource.dependencies()) {
      String own = pluginKey + ":";
      if (dependency.startsWith(own)) {
        WebResource needed = webResources.get(dependency.substring(own.length()));
        if (needed == null) {
          throw new IllegalStateException(
              "web-resource " + resource.key() + " depends on undeclared " + dependency);
        }
        addWithDependencies(needed, ordered, visiting);
      }
    }
    ordered.add(resource.key());
  }

  /** The web panels at {@code location}, lightest first, as Jira orders them. */
  public List<WebPanel> panelsAt(String location) {
    return webPanels.stream()
        .filter(p -> p.location().equals(location))
        .sorted((a, b) -> Integer.compare(a.weight(), b.weight()))
        .toList();
  }

  /** The dashboard item {@code key}, if declared. */
  public Optional<DashboardItem> dashboardItem(String key) {
    return dashboardItems.stream().filter(i -> i.key().equals(key)).findFirst();
  }

  /** Every web panel. */
  public List<WebPanel> webPanels() {
    return webPanels;
  }

  private static Document parse(InputStream in) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("atlassian-plugin.xml cannot be read", e);
    }
  }

  private static List<Download> downloadsOf(Element parent) {
    return children(parent, "resource").stream()
        .filter(r -> "download".equals(r.getAttribute("type")))
        .map(r -> new Download(r.getAttribute("name"), r.getAttribute("location")))
        .toList();
  }

  private static List<String> texts(Element parent, String name) {
    return children(parent, name).stream().map(e -> e.getTextContent().trim()).toList();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }
}
