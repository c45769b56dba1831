package com.accountgoals.core.qbr;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GeneratedAccounts;
import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.port.AccountRows;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class QbrBoardProperties {

  @Provide
  Arbitrary<SampleAccount> accounts() {
    return Arbitraries.oneOf(
        Arbitraries.of(SampleAccounts.all()),
        Arbitraries.longs().map(seed -> GeneratedAccounts.generate(400, 60, seed)));
  }

  @Property(tries = 60)
  void anyPermutationOfTheSameRowsGivesAnEqualBoard(
      @ForAll("accounts") SampleAccount account, @ForAll long seed) {
    Random random = new Random(seed);
    List<Goal> goals = new ArrayList<>(account.rows().goals());
    List<Action> actions = new ArrayList<>(account.rows().actions());
    Collections.shuffle(goals, random);
    Collections.shuffle(actions, random);
    AccountRows shuffled = new AccountRows(goals, actions, account.rows().accountLight());
    BoardSettings settings = BoardSettings.DEFAULT.withListLimit(random.nextInt(6));

    assertThat(board(account, shuffled, settings))
        .isEqualTo(board(account, account.rows(), settings));
  }

  @Property(tries = 60)
  void aDroppedGoalIsNeverCountedAsMetNorCelebrated(@ForAll long seed) {
    SampleAccount account = GeneratedAccounts.generate(600, 0, seed);
    Set<IssueKey> dropped =
        account.rows().goals().stream()
            .filter(Goal::isDropped)
            .map(Goal::key)
            .collect(Collectors.toSet());

    QbrBoard board = board(account, account.rows(), BoardSettings.DEFAULT.withListLimit(1000));

    assertThat(board.review().wins().shown()).noneMatch(line -> dropped.contains(line.key()));
    assertThat(board.review().goalLines().shown())
        .filteredOn(line -> dropped.contains(line.key()))
        .allMatch(line -> line.outcome() == Outcome.DROPPED);
    assertThat(board.review().milestoneLines().shown())
        .noneMatch(line -> line.outcome().isMet() && dropped.contains(line.key()));
  }

  private static QbrBoard board(SampleAccount account, AccountRows rows, BoardSettings settings) {
    return QbrBoards.build(
        account.project(), rows, account.currentQuarter(), account.today(), settings);
  }
}
