package com.accountgoals.jira.testing;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/**
 * The rules by which Jira lets a value into a page without HTML-escaping it, as Atlassian's
 * velocity-htmlsafe library implements them; shared by {@link JiraLikeVelocity} and by the test
 * that keeps the app's templates clear of every opt-out.
 *
 * <p>Read in public decompiled copies of velocity-htmlsafe (package {@code
 * com.atlassian.velocity.htmlsafe}) and in the older Atlassian Template Renderer source (package
 * {@code com.atlassian.templaterenderer.velocity.htmlsafe}), found through the public code index:
 *
 * <ul>
 *   <li>{@code HtmlAnnotationEscaper.shouldEscape}: a <em>scalar</em> reference (no {@code .})
 *       whose name, without {@code $!{}}, ends with "html" in any case, or is {@code xHtmlContent},
 *       {@code body} or {@code head}, is not escaped; nor is a value whose class's {@code
 *       toString()} is annotated {@code @HtmlSafe} ({@code HtmlSafeAnnotationUtils
 *       .hasHtmlSafeToStringMethod}), which is how {@code HtmlFragment} gets through; nor a value
 *       returned by a method the introspector marked {@code @HtmlSafe}.
 *   <li>{@code HtmlSafeMethodNameAnnotator}: a method is marked safe when its name ends with "html"
 *       in any case ({@code HtmlSafeAnnotationUtils.endsWithHtmlIgnoreCase}) or starts with {@code
 *       render} or {@code getRender} (both case-sensitive).
 *   <li>{@code ReturnValueAnnotator} and {@code HtmlSafe}: a method annotated {@code
 *       com.atlassian.velocity.htmlsafe.HtmlSafe} (runtime retention, on methods) is marked safe.
 *   <li>{@code HtmlEntities.encode}: what escaping writes for {@code " & ' < >}.
 * </ul>
 *
 * <p>The Atlassian types are not on Maven Central, so they are recognised here by their fully
 * qualified names; the app itself never uses them.
 */
public final class JiraEscapingRules {

  /** The annotation Jira reads on methods and on {@code toString()}. */
  public static final String HTML_SAFE = "com.atlassian.velocity.htmlsafe.HtmlSafe";

  /** The directive that turns escaping off for the whole template that contains it. */
  public static final String DISABLE_DIRECTIVE = "disable_html_escaping";

  /** Names exempt whatever their ending ({@code HtmlAnnotationEscaper.SAFE_REFERENCE_NAMES}). */
  private static final Set<String> SAFE_REFERENCE_NAMES = Set.of("xHtmlContent", "body", "head");

  private JiraEscapingRules() {}

  /**
   * Whether Jira inserts {@code reference} (as Velocity spells it, e.g. {@code $!{fooHtml}})
   * unescaped because of its name alone: only a scalar reference qualifies.
   */
  public static boolean isSafeReference(String reference) {
    return reference.indexOf('.') < 0 && isSafeVariableName(baseName(reference));
  }

  /** Whether a context variable of this name, inserted on its own, goes through unescaped. */
  public static boolean isSafeVariableName(String name) {
    return endsWithHtmlIgnoreCase(name) || SAFE_REFERENCE_NAMES.contains(name);
  }

  /** Whether the result of a method of this name is treated as already-escaped HTML. */
  public static boolean isSafeMethodName(String methodName) {
    return endsWithHtmlIgnoreCase(methodName)
        || methodName.startsWith("render")
        || methodName.startsWith("getRender");
  }

  /** Whether a template reading the property {@code identifier} reaches a safe getter. */
  public static boolean isSafePropertyName(String identifier) {
    return isSafeMethodName(
        "get" + Character.toUpperCase(identifier.charAt(0)) + identifier.substring(1));
  }

  /** Whether Jira would insert what {@code method} returns unescaped. */
  public static boolean isSafeMethod(Method method) {
    return isSafeMethodName(method.getName()) || isAnnotatedHtmlSafe(method);
  }

  /**
   * Whether {@code value}'s {@code toString()} is annotated {@code @HtmlSafe} (e.g. HtmlFragment).
   */
  public static boolean hasHtmlSafeToString(Object value) {
    try {
      return isAnnotatedHtmlSafe(value.getClass().getMethod("toString"));
    } catch (NoSuchMethodException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static boolean isAnnotatedHtmlSafe(Method method) {
    return Arrays.stream(method.getAnnotations())
        .anyMatch(annotation -> annotation.annotationType().getName().equals(HTML_SAFE));
  }

  private static boolean endsWithHtmlIgnoreCase(String name) {
    return name.regionMatches(true, name.length() - 4, "html", 0, 4);
  }

  /** The name before the first {@code .}, without Velocity's {@code $ ! { }} marks. */
  private static String baseName(String reference) {
    return reference.replaceAll("[!${}]", "").split("\\.", 2)[0];
  }
}
