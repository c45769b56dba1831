package com.accountgoals.jira.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.velocity.htmlsafe.HtmlFragment;
import com.atlassian.velocity.htmlsafe.HtmlSafe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The template engine of the tests escapes exactly where Jira escapes, so that a template test can
 * never pass because the engine stopped escaping, nor miss a value Jira would print raw.
 */
class JiraLikeVelocityTest {

  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

  private final JiraLikeVelocity velocity = new JiraLikeVelocity();

  @Nested
  @DisplayName("escapes")
  class Escapes {

    @Test
    void aPlainReference() {
      assertThat(probe("plain")).isEqualTo(ESCAPED);
    }

    @Test
    void aSilentReference() {
      assertThat(probe("silent plain")).isEqualTo(ESCAPED);
    }

    @Test
    void aPlainProperty() {
      assertThat(probe("plain property")).isEqualTo(ESCAPED);
    }

    @Test
    void aPropertyOfAVariableWhoseNameEndsInHtmlBecauseOnlyScalarNamesCount() {
      assertThat(probe("property of a name ending in Html")).isEqualTo(ESCAPED);
    }

    @Test
    void whatAPlainMethodReturnsEvenFromASafeArgument() {
      assertThat(probe("safe result passed to a plain method")).isEqualTo(ESCAPED);
    }

    @Test
    void theElementsOfAPlainList() {
      assertThat(probe("element of a plain list")).isEqualTo(ESCAPED);
    }

    @Test
    void aTemplateWithoutTheDirectiveAfterOneWithIt() {
      velocity.render("escaping/disabled.vm", Map.of("text", SCRIPT));

      assertThat(probe("plain")).isEqualTo(ESCAPED);
    }
  }

  @Nested
  @DisplayName("lets through, as Jira does")
  class LetsThrough {

    @Test
    void aVariableWhoseNameEndsInHtml() {
      assertThat(probe("name ending in Html")).isEqualTo(SCRIPT);
    }

    @Test
    void aVariableWhoseNameEndsInHtmlInAnyCase() {
      assertThat(probe("name ending in HTML")).isEqualTo(SCRIPT);
    }

    @Test
    void theVariablesBodyHeadAndXHtmlContent() {
      assertThat(List.of(probe("name body"), probe("name head"), probe("name xHtmlContent")))
          .containsOnly(SCRIPT);
    }

    @Test
    void whatAMethodEndingInHtmlReturns() {
      assertThat(probe("method ending in Html")).isEqualTo(SCRIPT);
    }

    @Test
    void aPropertyWhoseGetterEndsInHtmlInAnyCase() {
      assertThat(probe("property whose getter ends in html")).isEqualTo(SCRIPT);
    }

    @Test
    void whatAMethodStartingWithRenderReturns() {
      assertThat(probe("method starting with render")).isEqualTo(SCRIPT);
    }

    @Test
    void aPropertyWhoseGetterStartsWithGetRender() {
      assertThat(probe("property whose getter starts with getRender")).isEqualTo(SCRIPT);
    }

    @Test
    void whatAMethodAnnotatedHtmlSafeReturns() {
      assertThat(probe("annotated method")).isEqualTo(SCRIPT);
    }

    @Test
    void anHtmlFragment() {
      assertThat(probe("HtmlFragment")).isEqualTo(SCRIPT);
    }

    @Test
    void anyObjectWhoseToStringIsAnnotatedHtmlSafe() {
      assertThat(probe("object whose toString is annotated")).isEqualTo(SCRIPT);
    }

    @Test
    void aVariableSetFromASafeMethod() {
      assertThat(probe("variable set from a safe method")).isEqualTo(SCRIPT);
    }

    @Test
    void theElementsOfAListASafeMethodReturns() {
      assertThat(probe("element of a safe list")).isEqualTo(SCRIPT);
    }

    @Test
    void anElementGotFromAListASafeMethodReturns() {
      assertThat(probe("element got from a safe list")).isEqualTo(SCRIPT);
    }

    @Test
    void everythingAfterTheDisableDirective() {
      assertThat(disabled("after the directive")).isEqualTo(SCRIPT);
    }

    @Test
    void everythingBeforeTheDisableDirectiveToo() {
      assertThat(disabled("before the directive")).isEqualTo(SCRIPT);
    }
  }

  /** What the probe template printed after {@code label: }. */
  private String probe(String label) {
    Probe probe = new Probe();
    String out =
        velocity.render(
            "escaping/probe.vm",
            Map.of(
                "text", SCRIPT,
                "textHtml", SCRIPT,
                "textHTML", SCRIPT,
                "body", SCRIPT,
                "head", SCRIPT,
                "xHtmlContent", SCRIPT,
                "probe", probe,
                "probeHtml", probe,
                "fragment", new HtmlFragment(SCRIPT),
                "markupObject", new Markup()));
    return line(out, label);
  }

  private String disabled(String label) {
    return line(velocity.render("escaping/disabled.vm", Map.of("text", SCRIPT)), label);
  }

  private static String line(String out, String label) {
    return out.lines()
        .filter(line -> line.startsWith(label + ": "))
        .map(line -> line.substring(label.length() + 2))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line '" + label + "' in:\n" + out));
  }

  /** A context object with one method for each way a method result can be let through. */
  public static final class Probe {
    public String getText() {
      return SCRIPT;
    }

    public String summaryHtml() {
      return SCRIPT;
    }

    public String getDescriptionhtml() {
      return SCRIPT;
    }

    public String renderSummary() {
      return SCRIPT;
    }

    public String getRenderedSummary() {
      return SCRIPT;
    }

    @HtmlSafe
    public String markup() {
      return SCRIPT;
    }

    public String echo(Object value) {
      return String.valueOf(value);
    }

    public List<String> itemsHtml() {
      return List.of(SCRIPT);
    }

    public List<String> items() {
      return List.of(SCRIPT);
    }
  }

  /** Any class, not only HtmlFragment, whose {@code toString()} Jira trusts. */
  public static final class Markup {
    @HtmlSafe
    @Override
    public String toString() {
      return SCRIPT;
    }
  }
}
