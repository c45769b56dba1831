package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static com.accountgoals.core.rules.Boards.TODAY;
import static com.accountgoals.core.rules.Boards.boardOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.ActionBuilder;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.qbr.QbrBoard;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A board built from rows of another project ignores those rows")
class ABoardIgnoresRowsOfAnotherProjectTest {

  @Test
  void goalsAndActionsOfAnotherAccountAreNotCounted() {
    List<Goal> goals =
        List.of(
            aVision().build(),
            aBusinessGoal().key("ACME-3").reading(110, LocalDate.of(2026, 10, 1)).build(),
            aBusinessGoal().key("VOLTA-3").supports("VOLTA-1").build());
    List<Action> actions =
        List.of(
            ActionBuilder.anAction().key("ACME-101").due(TODAY.plusDays(3)).build(),
            ActionBuilder.anAction().key("VOLTA-20").due(TODAY.plusDays(3)).build());

    QbrBoard board = boardOn(TODAY, goals, actions);

    assertThat(board.goalCount()).isEqualTo(2);
    assertThat(board.health().counts().total()).isEqualTo(1);
    assertThat(board.plan().detailCount()).isEqualTo(1);
    assertThat(board.findings().alignment().total()).isZero();
  }
}
