package com.accountgoals.core.qbr;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GeneratedAccounts;
import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.goal.GoalLevel;
import org.junit.jupiter.api.Test;

/** The board over a generated account: what the benchmark builds, checked once for sense. */
class GeneratedAccountBoardTest {

  @Test
  void countsEveryGeneratedGoalOnceAndKeepsEveryListWithinTheLimit() {
    SampleAccount account = GeneratedAccounts.generate(10_000, 1_000, 42);

    QbrBoard board =
        QbrBoards.build(
            account.project(), account.rows(), account.currentQuarter(), account.today());

    assertThat(board.goalCount()).isEqualTo(10_000);
    assertThat(board.levels())
        .filteredOn(l -> l.level() == GoalLevel.MILESTONE)
        .singleElement()
        .extracting(LevelCount::total)
        .isEqualTo(6 * 1_000); // six per block of ten; the vision makes the last block lack its KPI
    assertThat(board.findings().alignment().shown())
        .hasSizeLessThanOrEqualTo(BoardSettings.DEFAULT.listLimit());
    assertThat(board.findings().alignment().total()).isPositive();
  }

  @Test
  void isTheSameForTheSameSeed() {
    SampleAccount first = GeneratedAccounts.generate(1_000, 100, 7);
    SampleAccount second = GeneratedAccounts.generate(1_000, 100, 7);

    assertThat(board(first)).isEqualTo(board(second));
  }

  private static QbrBoard board(SampleAccount account) {
    return QbrBoards.build(
        account.project(), account.rows(), account.currentQuarter(), account.today());
  }
}
