package com.accountgoals.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.testing.JiraLikeVelocity;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Renders the goal panel's container with a real Velocity engine, escaping as Jira does. */
@DisplayName("The goal panel's template")
class GoalPanelTemplateTest {

  private final JiraLikeVelocity velocity = new JiraLikeVelocity();

  private Element render(String key, String loading) {
    Document html =
        Jsoup.parse(
            velocity.render(
                "templates/panel/goal-panel.vm", Map.of("goalKey", key, "loadingText", loading)));
    return html.selectFirst("[data-ag-panel]");
  }

  @Test
  void isAContainerTheScriptFindsByItsAttributeWithTheIssueKeyAndALoadingLine() {
    Element container = render("ACME-7", "Loading goal ACME-7…");

    assertThat(container.attr("data-issue-key")).isEqualTo("ACME-7");
    assertThat(container.hasClass("ag-panel-root")).isTrue();
    assertThat(container.selectFirst("[role=status]").text()).isEqualTo("Loading goal ACME-7…");
  }

  @Test
  void escapesWhatItIsGivenSoThatNothingBecomesMarkup() {
    String evil = "\"><img src=x onerror=alert(1)>";

    Element container = render(evil, evil);

    assertThat(container.attr("data-issue-key")).isEqualTo(evil);
    assertThat(container.select("img")).isEmpty();
    assertThat(container.text()).isEqualTo(evil);
  }
}
