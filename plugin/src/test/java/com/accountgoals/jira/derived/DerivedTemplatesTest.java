package com.accountgoals.jira.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.lenient;

import com.accountgoals.core.trajectory.Health;
import com.accountgoals.jira.testing.BundleI18n;
import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.testing.FakeIssue;
import com.accountgoals.jira.testing.JiraLikeVelocity;
import com.accountgoals.jira.testing.TestI18n;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** Renders each template with a real Velocity engine, escaping as Jira does. */
@ExtendWith(MockitoExtension.class)
@DisplayName("The views of goal progress and goal health")
class DerivedTemplatesTest {

  private static final String TEMPLATES = "templates/derived/";

  @Mock private GoalStandings standings;

  private final JiraLikeVelocity velocity = new JiraLikeVelocity();
  private final FakeIssue goal = new FakeIssue(1L, "ACME-1");
  private final FakeIssue task = new FakeIssue(2L, "ACME-2");
  private final FakeCustomField field = new FakeCustomField(10117, "Goal health");

  @BeforeEach
  void standings() {
    lenient().when(standings.health(goal)).thenReturn(Optional.of(Health.OFF_TRACK));
    lenient().when(standings.progress(goal)).thenReturn(Optional.of(42.5));
    lenient().when(standings.health(task)).thenReturn(Optional.empty());
    lenient().when(standings.progress(task)).thenReturn(Optional.empty());
  }

  @Nested
  @DisplayName("health")
  class HealthViews {

    @Test
    void showsTheTranslatedWordWithAShapeBesideIt() {
      Document html = Jsoup.parse(health("health-view.vm", goal, Locale.ENGLISH));

      assertThat(html.select(".ag-health-name").text()).isEqualTo("Off track");
      assertThat(html.select(".ag-health-shape").text()).isEqualTo("\u25A0");
      assertThat(html.select(".ag-health-shape").attr("aria-hidden")).isEqualTo("true");
      assertThat(html.select(".ag-health").hasClass("ag-health-off-track")).isTrue();
    }

    @Test
    void speaksTheUsersLanguage() {
      assertThat(Jsoup.parse(health("health-view.vm", goal, Locale.GERMAN)).text())
          .contains("Gefährdet");
      assertThat(Jsoup.parse(health("health-view.vm", goal, Locale.ITALIAN)).text())
          .contains("Fuori rotta");
    }

    @Test
    void showsNothingForAnIssueWithoutHealth() {
      assertThat(health("health-view.vm", task, Locale.ENGLISH)).isBlank();
    }

    @Test
    void exportsTheConstantToXml() {
      assertThat(health("health-xml.vm", goal, Locale.ENGLISH).trim())
          .isEqualTo("<customfieldvalue>OFF_TRACK</customfieldvalue>");
      assertThat(health("health-xml.vm", task, Locale.ENGLISH)).isBlank();
    }
  }

  @Nested
  @DisplayName("progress")
  class ProgressViews {

    @Test
    void showsTheNumberWithAPercentSign() {
      assertThat(Jsoup.parse(progress("progress-view.vm", goal, Locale.ENGLISH)).text())
          .isEqualTo("42.5 %");
      assertThat(Jsoup.parse(progress("progress-view.vm", goal, Locale.GERMAN)).text())
          .isEqualTo("42,5 %");
      assertThat(Jsoup.parse(progress("progress-view.vm", goal, Locale.ITALIAN)).text())
          .isEqualTo("42,5%");
    }

    @Test
    void showsNothingForAnIssueWithoutProgress() {
      assertThat(progress("progress-view.vm", task, Locale.ENGLISH)).isBlank();
    }

    @Test
    void exportsThePlainNumberToXml() {
      assertThat(progress("progress-xml.vm", goal, Locale.GERMAN).trim())
          .isEqualTo("<customfieldvalue>42.5</customfieldvalue>");
      assertThat(progress("progress-xml.vm", task, Locale.ENGLISH)).isBlank();
    }
  }

  private String health(String template, FakeIssue issue, Locale locale) {
    return render(
        template,
        new GoalHealthFieldType(standings, null).getVelocityParameters(issue, field, null),
        issue,
        locale);
  }

  private String progress(String template, FakeIssue issue, Locale locale) {
    return render(
        template,
        new GoalProgressFieldType(standings, TestI18n.userSpeaking(locale))
            .getVelocityParameters(issue, field, null),
        issue,
        locale);
  }

  private String render(
      String template, Map<String, Object> typeParams, FakeIssue issue, Locale locale) {
    Map<String, Object> params = new HashMap<>(typeParams);
    params.put("customField", field);
    params.put("issue", issue);
    params.put("i18n", new BundleI18n(locale));
    return velocity.render(TEMPLATES + template, params);
  }
}
