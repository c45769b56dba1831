package com.accountgoals.core.qbr;

import com.accountgoals.core.smart.AchievabilityRule;
import com.accountgoals.core.trajectory.HealthTolerance;
import com.accountgoals.core.validation.InvalidValueException;
import java.util.Objects;

/**
 * How a board is built: the health tolerance, the achievability rule of the SMART check and how
 * many entries each list on the board shows.
 *
 * @param tolerance when a business goal counts as behind or off track
 * @param achievability when a target counts as far above the pace so far
 * @param listLimit the most entries any list on the board shows, 0 to 1000
 */
public record BoardSettings(
    HealthTolerance tolerance, AchievabilityRule achievability, int listLimit) {

  /** The default tolerance and rule, and 20 entries per list: what fits a dashboard gadget. */
  public static final BoardSettings DEFAULT =
      new BoardSettings(HealthTolerance.DEFAULT, AchievabilityRule.DEFAULT, 20);

  /** The most entries a list may be asked to show. */
  public static final int MAX_LIST_LIMIT = 1000;

  public BoardSettings {
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(achievability, "achievability");
    if (listLimit < 0 || listLimit > MAX_LIST_LIMIT) {
      throw new InvalidValueException(QbrMessages.LIST_LIMIT.key(), listLimit, MAX_LIST_LIMIT);
    }
  }

  /** These settings with another list limit. */
  public BoardSettings withListLimit(int limit) {
    return new BoardSettings(tolerance, achievability, limit);
  }
}
