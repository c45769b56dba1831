package com.accountgoals.jira.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.accountgoals.core.trajectory.Health;
import com.accountgoals.jira.indexing.FieldIndexers;
import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.testing.FakeIssue;
import com.atlassian.jira.web.FieldVisibilityManager;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The goal health field type")
class GoalHealthFieldTypeTest {

  @Mock private GoalStandings standings;
  @Mock private FieldVisibilityManager visibility;

  private final FakeIssue goal = new FakeIssue(1L, "ACME-1");
  private final FakeCustomField field = new FakeCustomField(10117, "Goal health");

  private GoalHealthFieldType type() {
    return new GoalHealthFieldType(standings, new FieldIndexers(visibility));
  }

  @Nested
  @DisplayName("value")
  class Value {

    @Test
    void isTheConstantOfTheGoalsHealth() {
      when(standings.health(goal)).thenReturn(Optional.of(Health.OFF_TRACK));

      assertThat(type().getValueFromIssue(field, goal)).isEqualTo("OFF_TRACK");
    }

    @Test
    void isNothingWhenTheIssueHasNoHealth() {
      when(standings.health(goal)).thenReturn(Optional.empty());

      assertThat(type().getValueFromIssue(field, goal)).isNull();
    }

    @Test
    void asTextIsTheConstantOrEmpty() {
      assertThat(type().getStringFromSingularObject("WATCH")).isEqualTo("WATCH");
      assertThat(type().getStringFromSingularObject(null)).isEmpty();
    }

    @Test
    void fromTextIsTheConstantOfAnySpellingAndNothingForOtherText() {
      assertThat(type().getSingularObjectFromString("off track")).isEqualTo("OFF_TRACK");
      assertThat(type().getSingularObjectFromString("purple")).isNull();
    }
  }

  @Nested
  @DisplayName("views")
  class Views {

    @Test
    void getTheHealthsConstantNameKeyCssNameAndShape() {
      when(standings.health(goal)).thenReturn(Optional.of(Health.OFF_TRACK));

      Map<String, Object> params = type().getVelocityParameters(goal, field, null);

      GoalHealthFieldType.HealthView view =
          (GoalHealthFieldType.HealthView) params.get("goalHealth");
      assertThat(view.getConstant()).isEqualTo("OFF_TRACK");
      assertThat(view.getMessageKey()).isEqualTo(Health.OFF_TRACK.messageKey());
      assertThat(view.getCss()).isEqualTo("off-track");
      assertThat(view.getShape()).isEqualTo("\u25A0");
    }

    @Test
    void everyHealthHasAShapeOfItsOwn() {
      assertThat(
              java.util.Arrays.stream(Health.values())
                  .map(h -> new GoalHealthFieldType.HealthView(h).getShape())
                  .distinct())
          .containsExactly("\u25CF", "\u25C6", "\u25B2", "\u25A0", "\u25CB");
    }

    @Test
    void getNoHealthForAnIssueWithout() {
      when(standings.health(goal)).thenReturn(Optional.empty());

      assertThat(type().getVelocityParameters(goal, field, null)).doesNotContainKey("goalHealth");
    }

    @Test
    void getNoHealthWithoutAnIssue() {
      assertThat(type().getVelocityParameters(null, field, null)).doesNotContainKey("goalHealth");
      verifyNoInteractions(standings);
    }
  }

  @Test
  void indexesWithItsOwnIndexer() {
    assertThat(type().getRelatedIndexers(field))
        .singleElement()
        .isInstanceOf(GoalHealthIndexer.class);
  }
}
