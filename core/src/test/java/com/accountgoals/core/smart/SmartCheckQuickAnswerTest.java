package com.accountgoals.core.smart;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.alignment.AlignmentRule;
import com.accountgoals.core.fixtures.GeneratedAccounts;
import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quick yes/no the board asks of every goal stops at the first failure and builds nothing; it
 * must still agree with the full assessment, on every goal of several accounts and several days.
 */
class SmartCheckQuickAnswerTest {

  private static final List<SampleAccount> ACCOUNTS =
      List.of(
          SampleAccounts.acme(), SampleAccounts.volta(), GeneratedAccounts.generate(2_000, 0, 3));

  @Test
  void isSmartAgreesWithTheFullAssessment() {
    SmartCheck check = SmartCheck.withDefaults();
    int disagreements = 0;
    int notSmart = 0;
    for (SampleAccount account : ACCOUNTS) {
      Map<IssueKey, Goal> byKey = byKey(account);
      for (boolean companyGoalsVisible : new boolean[] {false, true}) {
        for (int days = -400; days <= 400; days += 100) {
          LocalDate date = account.today().plusDays(days);
          for (Goal goal : account.rows().goals()) {
            boolean full = check.assess(goal, byKey::get, companyGoalsVisible, date).isSmart();
            notSmart += full ? 0 : 1;
            disagreements +=
                check.isSmart(goal, byKey::get, companyGoalsVisible, date) == full ? 0 : 1;
          }
        }
      }
    }

    assertThat(notSmart).isPositive();
    assertThat(disagreements).isZero();
  }

  @Test
  void aGoalIsRelevantExactlyWhenTheAlignmentRuleFindsNothing() {
    SmartCheck check = SmartCheck.withDefaults();
    for (SampleAccount account : ACCOUNTS) {
      Map<IssueKey, Goal> byKey = byKey(account);
      for (Goal goal : account.rows().goals()) {
        if (goal.level().isMeasurable()) {
          assertThat(
                  check
                      .assess(goal, byKey::get, true, account.today())
                      .holds(SmartCriterion.RELEVANT))
              .as(goal.key().value())
              .isEqualTo(AlignmentRule.findingsOf(goal, byKey::get, true).isEmpty());
        }
      }
    }
  }

  private static Map<IssueKey, Goal> byKey(SampleAccount account) {
    Map<IssueKey, Goal> byKey = new HashMap<>();
    account.rows().goals().forEach(goal -> byKey.put(goal.key(), goal));
    return byKey;
  }
}
