package com.accountgoals.core.plan;

import static com.accountgoals.core.fixtures.ActionBuilder.anAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.i18n.CoreMessageKeys;
import com.accountgoals.core.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("An action")
class ActionTest {

  @Nested
  @DisplayName("has a summary like a goal's")
  class Summary {

    @Test
    void needsASummary() {
      assertThatThrownBy(() -> anAction().key("ACME-101").summary("  ").build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.messageKey()).isEqualTo("account-goals.plan.error.summary-blank");
                assertThat(e.arguments()).containsExactly("ACME-101");
              });
    }

    @Test
    void keepsTheSummaryWithoutSurroundingSpace() {
      Action action = anAction().summary("  Present product C to the plant managers ").build();

      assertThat(action.summary()).isEqualTo("Present product C to the plant managers");
    }

    @Test
    void acceptsASummaryOf255Characters() {
      String longest = "x".repeat(254) + "\uD83D\uDE80"; // a rocket: one character, two chars

      assertThat(anAction().summary(longest).build().summary()).isEqualTo(longest);
    }

    @Test
    void refusesASummaryOfMoreThan255CharactersNamingTheAction() {
      assertThatThrownBy(() -> anAction().key("ACME-101").summary("x".repeat(256)).build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.messageKey()).isEqualTo("account-goals.plan.error.summary-too-long");
                assertThat(e.arguments()).containsExactly("ACME-101", "255", "256");
              });
    }

    @Test
    void refusesASummaryOverSeveralLines() {
      assertThatThrownBy(
              () ->
                  anAction()
                      .key("ACME-101")
                      .summary("Present product C\nto the plant managers")
                      .build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.messageKey())
                    .isEqualTo("account-goals.plan.error.summary-control-character");
                assertThat(e.arguments()).containsExactly("ACME-101");
              });
    }

    @Test
    void refusesWithKeysFromTheListOfEveryCoreKey() {
      assertThat(CoreMessageKeys.all())
          .contains(
              PlanMessages.SUMMARY_BLANK.key(),
              PlanMessages.SUMMARY_TOO_LONG.key(),
              PlanMessages.SUMMARY_CONTROL_CHARACTER.key());
    }
  }

  @Nested
  @DisplayName("has a status")
  class Status {

    @Test
    void anActionClosedAsWontDoIsDroppedNotOpen() {
      Action dropped = anAction().dropped().build();

      assertThat(dropped.isDropped()).isTrue();
      assertThat(dropped.isOpen()).isFalse();
    }

    @Test
    void aDoneActionIsNeitherOpenNorDropped() {
      Action done = anAction().done().build();

      assertThat(done.isOpen()).isFalse();
      assertThat(done.isDropped()).isFalse();
    }
  }

  @Test
  void aBlankAssigneeMeansNobody() {
    assertThat(anAction().assignee(" ").build().assignee()).isNull();
  }
}
