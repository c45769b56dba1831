package com.accountgoals.preview;

import com.accountgoals.preview.PluginDescriptor.Download;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves the app's download resources at Jira's address form, from the app's class path as the
 * descriptor maps them: {@code /download/resources/{pluginKey}:{webResourceKey}/{name}} and {@code
 * /download/resources/{pluginKey}/{name}} (the plugin's own resources). Anything the descriptor
 * does not declare is a 404, as in Jira. Also serves the preview's own files under {@code
 * /static/}.
 */
final class ResourceServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("js", "application/javascript;charset=UTF-8"),
          Map.entry("css", "text/css;charset=UTF-8"),
          Map.entry("png", "image/png"),
          Map.entry("gif", "image/gif"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("eot", "application/vnd.ms-fontobject"),
          Map.entry("json", "application/json"));

  private final transient PluginDescriptor descriptor;

  ResourceServlet(PluginDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    Optional<String> location = locate(path);
    if (location.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in = ResourceServlet.class.getResourceAsStream("/" + location.get())) {
      if (in == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType(typeOf(location.get()));
      response.setHeader("Cache-Control", "no-cache");
      in.transferTo(response.getOutputStream());
    }
  }

  /** The class-path location that serves {@code path}, if any. */
  Optional<String> locate(String path) {
    if (path.contains("..")) {
      return Optional.empty();
    }
    if (path.startsWith("/static/")) {
      return Optional.of("preview/" + path.substring("/static/".length()));
    }
    String prefix = "/download/resources/" + descriptor.pluginKey();
    if (!path.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = path.substring(prefix.length());
    if (rest.startsWith("/")) {
      return first(descriptor.pluginDownloads(), rest.substring(1));
    }
    if (rest.startsWith(":") && rest.indexOf('/') > 1) {
      String key = rest.substring(1, rest.indexOf('/'));
      String name = rest.substring(rest.indexOf('/') + 1);
      return descriptor.webResource(key).flatMap(r -> first(r.downloads(), name));
    }
    return Optional.empty();
  }

  private static Optional<String> first(List<Download> downloads, String name) {
    return downloads.stream().map(d -> d.locate(name)).flatMap(Optional::stream).findFirst();
  }

  private static String typeOf(String location) {
    String extension = location.substring(location.lastIndexOf('.') + 1);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }
}
