package com.accountgoals.core.goal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of a goal's target: the old and the new value, when, who and why. Targets are adjusted
 * over time; the history stays, so a re-planned goal cannot quietly turn green.
 *
 * @param date the day the new target took effect
 * @param from the target before
 * @param to the target after
 * @param author who changed it (a Jira user name); {@code null} when unknown
 * @param reason why, as the team gave it; {@code null} when nobody said. Validated as a summary is.
 */
public record TargetChange(LocalDate date, double from, double to, String author, String reason) {

  public TargetChange {
    Objects.requireNonNull(date, "date");
    Values.requireBounded(from);
    Values.requireBounded(to);
    author = author == null || author.isBlank() ? null : author.strip();
    reason = reason == null || reason.isBlank() ? null : Texts.requireSingleLine(reason.strip());
  }
}
