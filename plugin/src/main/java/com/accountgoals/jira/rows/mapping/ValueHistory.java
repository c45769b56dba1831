package com.accountgoals.jira.rows.mapping;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Reading;
import com.accountgoals.core.goal.TargetChange;
import com.accountgoals.core.validation.InvalidValueException;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.history.ChangeItemBean;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history of a number field as Jira keeps it: the change groups of an issue (who, when) with
 * one change item per changed field. Jira names a custom field's change item by the field's name
 * (untranslated), not by its id, so the name comes from the field found by its recorded id; items
 * written under an earlier name of a renamed field are not found.
 *
 * <p>Jira writes no change item when an issue is created, so a value set at creation shows only as
 * the old value of its first change, or as the current value when it never changed: it counts as
 * read on the day the issue was created.
 *
 * <p>The day of a change is its day in the zone of "today" (the administrator's choice, else Jira's
 * default time zone): a change at 23:30 UTC on 31 March was made on 1 April in Berlin.
 */
final class ValueHistory {

  private static final Comparator<ChangeHistory> ORDER =
      Comparator.comparing(ChangeHistory::getTimePerformed)
          .thenComparing(ChangeHistory::getId, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final List<ChangeHistory> histories;
  private final IssueKey key;
  private final ReadProblems problems;
  private final ZoneId zone;

  ValueHistory(List<ChangeHistory> histories, IssueKey key, ReadProblems problems, ZoneId zone) {
    List<ChangeHistory> sorted = new ArrayList<>(histories);
    sorted.sort(ORDER);
    this.histories = sorted;
    this.key = key;
    this.problems = problems;
    this.zone = zone;
  }

  /**
   * The changes of the target, oldest first: old and new value, the day, who, and why. The reason
   * is the new value of the reason field changed in the same edit; a target set where there was
   * none, or cleared, is no change. Called only with a target, so the target field exists.
   */
  List<TargetChange> targetChanges(String targetName, String reasonName) {
    List<TargetChange> changes = new ArrayList<>();
    for (ChangeHistory history : histories) {
      ChangeItemBean item = itemOf(history, targetName);
      if (item == null) {
        continue;
      }
      Double from = number(item.getFrom(), item.getFromString(), targetName);
      Double to = number(item.getTo(), item.getToString(), targetName);
      if (from == null || to == null) {
        continue;
      }
      ChangeItemBean reason = reasonName == null ? null : itemOf(history, reasonName);
      try {
        changes.add(
            new TargetChange(
                day(history.getTimePerformed(), zone),
                from,
                to,
                history.getAuthorDisplayName(),
                reason == null ? null : text(reason)));
      } catch (InvalidValueException e) {
        problems.partlyRead(key, "a target change was refused (" + e.messageKey() + ")");
      }
    }
    return changes;
  }

  /**
   * The dated readings of the actual value: the new value of each change, on the day of the change;
   * the value before the first change (or {@code current} when it never changed) on the day the
   * issue was created. A reading's {@link Reading#recorded()} is its place in the history, so of
   * two changes of one day (even of one moment) the one made later counts.
   */
  List<Reading> readings(String actualName, Double current, Timestamp created) {
    List<Reading> readings = new ArrayList<>();
    boolean first = true;
    long order = 0;
    for (ChangeHistory history : actualName == null ? List.<ChangeHistory>of() : histories) {
      ChangeItemBean item = itemOf(history, actualName);
      if (item == null) {
        continue;
      }
      if (first) {
        add(readings, number(item.getFrom(), item.getFromString(), actualName), created, order);
        first = false;
      }
      order++;
      add(
          readings,
          number(item.getTo(), item.getToString(), actualName),
          history.getTimePerformed(),
          order);
    }
    if (first) {
      add(readings, current, created, order);
    }
    return readings;
  }

  private void add(List<Reading> readings, Double value, Timestamp when, long order) {
    if (value == null || when == null) {
      return;
    }
    try {
      readings.add(new Reading(value, day(when, zone), order));
    } catch (InvalidValueException e) {
      problems.partlyRead(key, "a reading was refused (" + e.messageKey() + ")");
    }
  }

  private static ChangeItemBean itemOf(ChangeHistory history, String fieldName) {
    for (ChangeItemBean item : history.getChangeItemBeans()) {
      if (ChangeItemBean.CUSTOM_FIELD.equalsIgnoreCase(item.getFieldType())
          && fieldName.equals(item.getField())) {
        return item;
      }
    }
    return null;
  }

  /** The value of a number field's change item: its stored value, else its display text. */
  private Double number(String value, String display, String fieldName) {
    String text = value == null || value.isBlank() ? display : value;
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.partlyRead(key, fieldName + " history holds \"" + text + "\", not a number");
      return null;
    }
  }

  private static String text(ChangeItemBean item) {
    return item.getToString() != null ? item.getToString() : item.getTo();
  }

  /** The day in {@code zone} of the moment {@code timestamp}. */
  static LocalDate day(Timestamp timestamp, ZoneId zone) {
    return LocalDate.ofInstant(timestamp.toInstant(), zone);
  }
}
