package com.accountgoals.browser.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.browser.harness.AgainstThePreview;
import com.accountgoals.browser.pages.BoardItem;
import com.accountgoals.browser.pages.GoalPanel;
import com.accountgoals.browser.pages.IssuePage;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The goal panel in Chromium")
class GoalPanelIT extends AgainstThePreview {

  private GoalPanel panel(String key) {
    open("/issue/" + key, "lang", "en");
    return new IssuePage(driver).panel().settled();
  }

  private static List<String> keys(JsonNode goals) {
    List<String> keys = new ArrayList<>();
    goals.forEach(g -> keys.add(g.path("key").asText()));
    return keys;
  }

  @Test
  void aBusinessGoalShowsItsStatusProgressSmartLightHistoryAndAlignment() {
    GoalPanel panel = panel("ACME-7");

    assertThat(panel.isError()).isFalse();
    assertThat(panel.sections())
        .containsExactly("status", "progress", "smart", "light", "history", "alignment");
    assertThat(panel.why()).isNotBlank();
  }

  @Test
  void aMilestoneShowsItsMilestoneSectionInsteadOfStatusAndProgress() {
    GoalPanel panel = panel("ACME-14");

    assertThat(panel.sections()).contains("milestone").doesNotContain("status", "progress");
  }

  @Test
  void alignmentLinksTheGoalsOfTheRestAnswerInItsOrder() {
    JsonNode goal = rest("goals/ACME-7", "en").body();

    GoalPanel panel = panel("ACME-7");

    List<String> expected = new ArrayList<>(keys(goal.path("supports")));
    expected.addAll(keys(goal.path("supportedBy")));
    assertThat(BoardItem.links(panel.section("alignment")))
        .extracting(a -> a.getText())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void theFactorsOfTheLightAreTheFieldsInTheTeamsOrder() {
    GoalPanel panel = panel("ACME-2");

    List<String> inView = new IssuePage(driver).factorTexts();
    assertThat(inView).isNotEmpty();
    inView.forEach(text -> assertThat(panel.section("light").getText()).contains(text));
  }
}
