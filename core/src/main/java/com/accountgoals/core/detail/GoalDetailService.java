package com.accountgoals.core.detail;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.plan.RollingPlan;
import com.accountgoals.core.port.AccountRowSource;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.port.Today;
import com.accountgoals.core.qbr.BoardSettings;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The goal panel of one goal today. Loads the rows of the goal's account for the same window as the
 * board ({@link RollingPlan#windowFor}), so a source that caches rows serves both from one read.
 */
public final class GoalDetailService {

  private final AccountRowSource rows;
  private final Today today;
  private final BoardSettings settings;

  public GoalDetailService(AccountRowSource rows, Today today, BoardSettings settings) {
    this.rows = Objects.requireNonNull(rows, "rows");
    this.today = Objects.requireNonNull(today, "today");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The detail of the goal {@code key} as of today; empty when the source has no such goal in its
   * project (none, or none the user may see).
   */
  public Optional<GoalDetail> detail(IssueKey key) {
    LocalDate date = today.date();
    AccountRows accountRows = rows.load(key.project(), RollingPlan.windowFor(date));
    return GoalDetails.of(key, accountRows.goals(), date, settings);
  }
}
