package com.accountgoals.browser.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (from the npm registry, pinned in {@code browser-tests/package-lock.json}), injected
 * into the page and run over the whole document with the WCAG 2 A and AA rules and axe's best
 * practices. The file is named by the system property {@code axe.script}.
 */
public final class Axe {

  /** The impacts the tests refuse. */
  public static final Set<String> SERIOUS = Set.of("serious", "critical");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String source;

  private Axe(String source) {
    this.source = source;
  }

  public static Axe fromBuild() {
    Path script = Path.of(System.getProperty("axe.script", "node_modules/axe-core/axe.min.js"));
    try {
      return new Axe(Files.readString(script, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(
          script + " is missing: the build installs axe-core with npm ci in browser-tests/", e);
    }
  }

  /** One rule that fails, with the elements it fails on. */
  public record Violation(String rule, String impact, String help, List<String> targets) {
    @Override
    public String toString() {
      return impact + " " + rule + " (" + help + ") at " + targets;
    }
  }

  /** Every violation of serious or critical impact on the page as it is now. */
  public List<Violation> seriousViolations(WebDriver driver) {
    return violations(driver).stream().filter(v -> SERIOUS.contains(v.impact())).toList();
  }

  /** Every violation axe finds on the page as it is now. */
  public List<Violation> violations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(source);
    Object answer =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},"
                + " resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); },"
                + " function (e) { done('error:' + e); });");
    String text = String.valueOf(answer);
    if (text.startsWith("error:")) {
      throw new IllegalStateException("axe-core failed: " + text);
    }
    try {
      List<Violation> found = new ArrayList<>();
      for (JsonNode v : JSON.readTree(text)) {
        List<String> targets = new ArrayList<>();
        for (JsonNode node : v.path("nodes")) {
          targets.add(node.path("target").toString());
        }
        found.add(
            new Violation(
                v.path("id").asText(),
                v.path("impact").asText(),
                v.path("help").asText(),
                targets));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
