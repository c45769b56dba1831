package com.accountgoals.jira.testing;

import java.io.StringWriter;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.util.ContextAware;

/**
 * A real Velocity engine set up the way Jira renders plugin templates, as far as it matters for
 * safety: every inserted value is HTML-escaped (Jira's automatic escaping since 6.0) except where
 * Jira lets it through, by every rule of {@link JiraEscapingRules}: {@code
 * #disable_html_escaping()} anywhere in the template, scalar names ending in "html", {@code $body},
 * {@code $head}, {@code $xHtmlContent}, results of methods named {@code *html} / {@code render*} /
 * {@code getRender*} or annotated {@code @HtmlSafe}, and objects whose {@code toString()} is
 * {@code @HtmlSafe} (such as {@code HtmlFragment}). Templates come from the app's class path, and
 * Jira's global {@code #customControlHeader} / {@code #customControlFooter} macros exist (here as
 * simple stand-ins that draw the label and the description).
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
    config.setProperty("userdirective", DisableHtmlEscapingDirective.class.getName());
    config.setProperty("runtime.introspector.uberspect", HtmlSafeUberspect.class.getName());
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

  /** The syntax tree of {@code template}, parsed as Jira parses it (with Jira's directive). */
  public Node syntaxTree(String template) {
    return (Node) engine.getTemplate(template, "UTF-8").getData();
  }

  /** Whether {@code node} or anything below it is {@code #disable_html_escaping()}. */
  public static boolean containsDisableDirective(Node node) {
    if (node instanceof ASTDirective directive
        && JiraEscapingRules.DISABLE_DIRECTIVE.equals(directive.getDirectiveName())) {
      return true;
    }
    for (int i = 0; i < node.jjtGetNumChildren(); i++) {
      if (containsDisableDirective(node.jjtGetChild(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Jira's reference insertion policy (velocity-htmlsafe's {@code
   * DisableHtmlEscapingDirectiveHandler} in front of {@code HtmlAnnotationEscaper}).
   */
  private static final class AutoEscaping implements ReferenceInsertionEventHandler, ContextAware {

    private final Map<Template, Boolean> disabled = new IdentityHashMap<>();
    private Context context;

    @Override
    public void setContext(Context context) {
      this.context = context;
    }

    @Override
    public Object referenceInsert(String reference, Object value) {
      if (value == null) {
        return null;
      }
      Object plain = HtmlSafeValue.unbox(value);
      boolean passes =
          isEscapingDisabledHere()
              || value instanceof HtmlSafeValue
              || JiraEscapingRules.isSafeReference(reference)
              || JiraEscapingRules.hasHtmlSafeToString(plain);
      return passes ? plain : escape(plain.toString());
    }

    private boolean isEscapingDisabledHere() {
      return context instanceof InternalContextAdapter adapter
          && adapter.getCurrentResource() instanceof Template template
          && disabled.computeIfAbsent(template, t -> containsDisableDirective((Node) t.getData()));
    }
  }

  /**
   * HTML escaping of text and attribute values, as Jira's {@code TextUtils.htmlEncode} and
   * velocity-htmlsafe's {@code HtmlEntities.encode}.
   */
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
