package com.accountgoals.jira.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.testing.FakeIssue;
import com.accountgoals.jira.testing.TestI18n;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The goal progress field type")
class GoalProgressFieldTypeTest {

  @Mock private GoalStandings standings;

  private final FakeIssue goal = new FakeIssue(1L, "ACME-1");
  private final FakeCustomField field = new FakeCustomField(10116, "Goal progress");

  private GoalProgressFieldType type(Locale locale) {
    return new GoalProgressFieldType(standings, TestI18n.userSpeaking(locale));
  }

  @Nested
  @DisplayName("value")
  class Value {

    @Test
    void isTheGoalsProgress() {
      when(standings.progress(goal)).thenReturn(Optional.of(42.5));

      assertThat(type(Locale.ENGLISH).getValueFromIssue(field, goal)).isEqualTo(42.5);
    }

    @Test
    void isNothingWhenTheIssueHasNoProgress() {
      when(standings.progress(goal)).thenReturn(Optional.empty());

      assertThat(type(Locale.ENGLISH).getValueFromIssue(field, goal)).isNull();
    }

    @Test
    void asTextIsTheNumberOrEmpty() {
      assertThat(type(Locale.ENGLISH).getStringFromSingularObject(42.5)).isEqualTo("42.5");
      assertThat(type(Locale.ENGLISH).getStringFromSingularObject(null)).isEmpty();
    }

    @Test
    void fromTextIsTheNumber() {
      assertThat(type(Locale.ENGLISH).getSingularObjectFromString(" 42.5 ")).isEqualTo(42.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "half", "NaN", "Infinity"})
    void fromTextIsNothingForTextThatIsNoFiniteNumber(String text) {
      assertThat(type(Locale.ENGLISH).getSingularObjectFromString(text)).isNull();
    }

    @Test
    void fromNoTextIsNothing() {
      assertThat(type(Locale.ENGLISH).getSingularObjectFromString(null)).isNull();
    }
  }

  @Nested
  @DisplayName("views")
  class Views {

    @Test
    void showTheNumberInTheUsersLanguageToOneDecimal() {
      when(standings.progress(goal)).thenReturn(Optional.of(1234.25));

      Map<String, Object> params = type(Locale.GERMAN).getVelocityParameters(goal, field, null);

      assertThat(params).containsEntry("goalProgress", "1.234,2");
      assertThat(params).containsEntry("goalProgressNumber", "1234.25");
    }

    @Test
    void showAWholeNumberWithoutDecimals() {
      when(standings.progress(goal)).thenReturn(Optional.of(40.0));

      assertThat(type(Locale.ENGLISH).getVelocityParameters(goal, field, null))
          .containsEntry("goalProgress", "40");
    }

    @Test
    void showNothingForAnIssueWithoutProgress() {
      when(standings.progress(goal)).thenReturn(Optional.empty());

      assertThat(type(Locale.ENGLISH).getVelocityParameters(goal, field, null))
          .doesNotContainKeys("goalProgress", "goalProgressNumber");
    }

    @Test
    void showNothingWithoutAnIssue() {
      assertThat(type(Locale.ENGLISH).getVelocityParameters(null, field, null))
          .doesNotContainKeys("goalProgress", "goalProgressNumber");
      verifyNoInteractions(standings);
    }
  }

  @Test
  void leavesIndexingToJirasNumberSearcher() {
    assertThat(type(Locale.ENGLISH).getRelatedIndexers(field)).isNull();
  }
}
