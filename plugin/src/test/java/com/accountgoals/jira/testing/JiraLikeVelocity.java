package com.accountgoals.jira.testing;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * A real Velocity engine set up the way Jira renders plugin templates, as far as it matters for
 * safety: every reference is HTML-escaped on output unless its name ends in {@code Html} (Jira's
 * automatic escaping since 6.0), templates come from the app's class path, and Jira's global {@code
 * #customControlHeader} / {@code #customControlFooter} macros exist (here as simple stand-ins that
 * draw the label and the description).
 */
public final class JiraLikeVelocity {

  private final VelocityEngine engine;

  public JiraLikeVelocity() {
    Properties config = new Properties();
    config.setProperty("resource.loader", "class");
    config.setProperty(
        "class.resource.loader.class",
        "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
    config.setProperty("velocimacro.library", "jira-global-macros.vm");
    config.setProperty(
        "runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
    engine = new VelocityEngine(config);
    engine.init();
  }

  /** Renders {@code template} with {@code parameters} as its context. */
  public String render(String template, Map<String, Object> parameters) {
    VelocityContext context = new VelocityContext();
    parameters.forEach(context::put);
    EventCartridge escaping = new EventCartridge();
    escaping.addEventHandler(new AutoEscaping());
    escaping.attachToContext(context);
    Template compiled = engine.getTemplate(template, "UTF-8");
    StringWriter out = new StringWriter();
    compiled.merge(context, out);
    return out.toString();
  }

  /** Jira's rule: escape every inserted value unless the reference's name ends with "Html". */
  private static final class AutoEscaping implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(String reference, Object value) {
      if (value == null || reference.replaceAll("[!${}]", "").endsWith("Html")) {
        return value;
      }
      return escape(value.toString());
    }
  }

  /** HTML escaping of text and attribute values, as Jira's {@code TextUtils.htmlEncode}. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
