package com.accountgoals.jira.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.templates.TemplateOptOuts.OptOut;
import com.accountgoals.jira.testing.JiraLikeVelocity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * No template of the app opts out of Jira's HTML escaping, so no text a user typed can reach a page
 * as markup. The templates' own tests render them with a {@link JiraLikeVelocity} that lets through
 * what Jira lets through; this test makes every such opt-out a failure, whether or not a rendering
 * test happens to feed it hostile text.
 */
class TemplatesKeepJiraEscapingTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path MAIN_JAVA = Path.of("src/main/java");

  /**
   * Opt-outs a template may keep, as {@code "template: reference"} mapped to the one-line reason
   * why no user text can pass through it. None is needed today: the templates print only plain
   * references and {@code $i18n.getText(...)}, which Jira escapes.
   */
  private static final Map<String, String> ALLOWED = Map.of();

  private final TemplateOptOuts optOuts = new TemplateOptOuts(new JiraLikeVelocity());

  @Nested
  @DisplayName("the app")
  class TheApp {

    @Test
    void noTemplateLetsAValueThroughUnescaped() throws IOException {
      List<String> unexplained =
          appOptOuts().stream()
              .filter(optOut -> !ALLOWED.containsKey(optOut.key()))
              .map(OptOut::toString)
              .toList();

      assertThat(unexplained)
          .as("opt-outs of Jira's HTML escaping in the app's templates")
          .isEmpty();
    }

    @Test
    void everyAllowedOptOutIsStillInATemplate() throws IOException {
      List<String> inUse = appOptOuts().stream().map(OptOut::key).toList();

      assertThat(inUse)
          .as("allowed opt-outs no template uses any more")
          .containsAll(ALLOWED.keySet());
    }

    @Test
    void scansEveryTemplateOfTheApp() throws IOException {
      assertThat(appTemplates())
          .contains(
              "templates/trafficlight/view.vm",
              "templates/trafficlight/edit.vm",
              "templates/trafficlight/column-view.vm",
              "templates/trafficlight/xml.vm",
              "templates/admin/admin-page.vm");
    }

    @Test
    void noCodeOfTheAppMarksAValueHtmlSafe() throws IOException {
      try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
        List<Path> marking =
            files
                .filter(file -> file.toString().endsWith(".java"))
                .filter(file -> read(file).contains("com.atlassian.velocity.htmlsafe"))
                .toList();

        assertThat(marking).as("sources using HtmlSafe or HtmlFragment").isEmpty();
      }
    }
  }

  @Nested
  @DisplayName("the scan finds")
  class TheScanFinds {

    private final List<String> found =
        optOuts.in("escaping/opt-outs.vm").stream()
            .map(optOut -> optOut.line() + " " + optOut.reference())
            .toList();

    @Test
    void theDisableDirectiveWithItsLine() {
      assertThat(found).contains("12 #disable_html_escaping()");
    }

    @Test
    void variablesNamedLikeHtmlBodyOrHead() {
      assertThat(found).contains("4 $summaryHtml", "5 $!{bodyHTML}", "6 $body", "7 $head");
    }

    @Test
    void methodsAndGettersJiraTrusts() {
      assertThat(found)
          .contains(
              "8 $item.summaryHtml()",
              "9 $item.descriptionhtml",
              "10 $item.renderSummary()",
              "11 $item.renderedSummary");
    }

    @Test
    void aSafeMethodInsideASetOrAnArgument() {
      assertThat(found).contains("13 $item.fooHTML", "14 $item.renderFoo()");
    }

    @Test
    void nothingJiraEscapes() {
      assertThat(found)
          .noneMatch(
              line ->
                  Stream.of("getText", "$item.text", "$text", "$kept", "$item.html_", "$rendering")
                      .anyMatch(line::contains));
    }
  }

  private List<OptOut> appOptOuts() throws IOException {
    return appTemplates().stream().flatMap(template -> optOuts.in(template).stream()).toList();
  }

  /** The app's templates, named as on the class path. */
  private static List<String> appTemplates() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files
          .filter(file -> file.toString().endsWith(".vm"))
          .map(file -> RESOURCES.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(file.toString(), e);
    }
  }
}
