package com.accountgoals.preview;

import static com.accountgoals.core.fixtures.ActionBuilder.anAction;
import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aRelationshipGoal;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.GoalCategory;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.trafficlight.Colour;
import java.time.LocalDate;
import java.util.List;

/**
 * The preview's two test accounts, listed apart from the demo accounts on its index page: {@code
 * MARKUP}, whose every text a team writes (summaries, factors, a target change's reason, owners, a
 * unit, an action's summary and assignee) holds markup that must come out as text, and {@code
 * EMPTY}, an account project with no goals at all. The browser tests read them through the real
 * REST answers and templates.
 */
final class TestData {

  /** An image whose onerror would set {@code window.__xss}: never run, shown as text. */
  static final String IMG = "<img src=x onerror=window.__xss=1>";

  /** A script that would set {@code window.__xss}: never run, shown as text. */
  static final String SCRIPT = "<script>window.__xss=2</script>";

  /** The account with markup in its texts. */
  static final ProjectKey MARKUP = ProjectKey.of("MARKUP");

  /** The account project with no goals. */
  static final ProjectKey EMPTY = ProjectKey.of("EMPTY");

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

  private TestData() {}

  /** Both test accounts, markup first. */
  static List<SampleAccount> accounts() {
    return List.of(markup(), empty());
  }

  static SampleAccount markup() {
    LocalDate april1 = LocalDate.of(2026, 4, 1);
    return new SampleAccount(
        "Test data: markup in texts",
        MARKUP,
        FiscalCalendar.CALENDAR_YEAR,
        TODAY,
        new AccountRows(
            List.of(
                aRelationshipGoal()
                    .key("MARKUP-1")
                    .summary(IMG + " They trust us " + SCRIPT)
                    .supportsNothing()
                    .owner(IMG + "owner")
                    .factor(Colour.GREEN, SCRIPT + " Approved by IT")
                    .factor(Colour.RED, IMG + " Not on the preferred-supplier list")
                    .build(),
                aBusinessGoal()
                    .key("MARKUP-2")
                    .summary(IMG + " Cut days sales outstanding " + SCRIPT)
                    .category(GoalCategory.PROFITABILITY)
                    .supports("MARKUP-1")
                    .owner(IMG + "owner")
                    .unit(IMG + "days")
                    .direction(Direction.DECREASE)
                    .baseline(60, april1)
                    .target(50)
                    .targetChanged(
                        LocalDate.of(2026, 9, 1), 45, IMG + "author", IMG + " reason " + SCRIPT)
                    .reading(58, LocalDate.of(2026, 10, 31))
                    .due(LocalDate.of(2027, 3, 31))
                    .factor(Colour.AMBER, IMG + " The customer is buying a company")
                    .build(),
                aMilestone()
                    .key("MARKUP-3")
                    .summary(IMG + " 50 days by December " + SCRIPT)
                    .supports("MARKUP-2")
                    .owner(IMG + "owner")
                    .unit(IMG + "days")
                    .target(50)
                    .due(LocalDate.of(2026, 12, 31))
                    .build()),
            List.of(
                action("MARKUP-4", " Call the finance director ", LocalDate.of(2026, 11, 25)),
                action("MARKUP-5", " Visit the plant ", LocalDate.of(2026, 12, 10)))));
  }

  /** An action for MARKUP-2 with markup in its summary and its assignee. */
  private static Action action(String key, String summary, LocalDate due) {
    return anAction()
        .key(key)
        .summary(IMG + summary + SCRIPT)
        .assignee(IMG + "assignee")
        .supports("MARKUP-2")
        .due(due)
        .build();
  }

  static SampleAccount empty() {
    return new SampleAccount(
        "An account with no goals yet",
        EMPTY,
        FiscalCalendar.CALENDAR_YEAR,
        TODAY,
        AccountRows.empty());
  }
}
