package com.accountgoals.jira.rest.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.goal.GoalStatus;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.qbr.QbrBoards;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The board as JSON")
class BoardMapperTest {

  private static final SampleAccount ACME = SampleAccounts.acme();

  @Test
  void anActionWithoutADueDateIsListedApartAndNotCarriedOver() {
    List<Action> actions = new ArrayList<>(ACME.rows().actions());
    actions.add(
        new Action(
            IssueKey.of("ACME-90"),
            "Call the new finance director",
            "anna.berger",
            null,
            GoalStatus.OPEN,
            IssueKey.of("ACME-2")));
    AccountRows rows = new AccountRows(ACME.rows().goals(), actions);

    BoardJson board =
        BoardMapper.toJson(
            QbrBoards.build(ACME.project(), rows, ACME.currentQuarter(), ACME.today()));

    assertThat(board.plan().undated())
        .containsExactly(
            new BoardJson.Action(
                "ACME-90",
                "Call the new finance director",
                "anna.berger",
                null,
                "OPEN",
                "ACME-2",
                false));
    assertThat(board.plan().undatedCount()).isEqualTo(1);
  }
}
