package com.accountgoals.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /static/i18n.js?lang=xx}: the texts of the app's scripts in the caller's language as AUI's
 * {@code AJS.I18n.keys}, which AUI's own {@code AJS.I18n.getText(key, ...)} reads and formats. In
 * Jira the jsI18n transformer puts in the text of each {@code AJS.I18n.getText} call with a literal
 * key in the scripts of a web-resource that names the transformer; so only those keys are given
 * here, and a script that builds a key at run time shows the key here as it would in Jira.
 */
final class I18nScript extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LITERAL_KEY =
      Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([^'\"]+)\\1");

  private final transient Caller caller;
  private final transient Set<String> keys;

  I18nScript(Caller caller, PluginDescriptor descriptor) {
    this.caller = caller;
    this.keys = literalKeys(descriptor);
  }

  /** The keys of {@code AJS.I18n.getText} calls in the scripts of jsI18n web-resources. */
  static Set<String> literalKeys(PluginDescriptor descriptor) {
    Set<String> found = new TreeSet<>();
    for (PluginDescriptor.WebResource resource : descriptor.webResources()) {
      if (!resource.jsI18n()) {
        continue;
      }
      for (PluginDescriptor.Download script : resource.scripts()) {
        try (InputStream in = I18nScript.class.getResourceAsStream("/" + script.location())) {
          if (in == null) {
            throw new IllegalStateException("no script " + script.location());
          }
          Matcher call = LITERAL_KEY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          while (call.find()) {
            found.add(call.group(2));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return found;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, String> patterns = new TreeMap<>(BundleTexts.of(caller.language()).patterns());
    patterns.keySet().retainAll(keys);
    String texts = JSON.writeValueAsString(patterns);
    response.setContentType("application/javascript;charset=UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response
        .getWriter()
        .write(
            "/* The app's texts in the page's language (preview stand-in for Jira's jsI18n). */\n"
                + "Object.assign(AJS.I18n.keys, "
                + texts.replace("</", "<\\/")
                + ");\n");
  }
}
