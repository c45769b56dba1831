package com.accountgoals.jira.rows.mapping;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.settings.InstalledItems;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Optional;

/**
 * Reads the values of the app's fields from one issue, each in the form Jira's field type gives it:
 * an {@link Option} for a select list, a collection of options for check boxes, a {@link Double}
 * for a number, a {@link Timestamp} for a date, a {@link String} for text and the traffic light. A
 * value of another form, or an option setup did not record, reads as unset and is reported.
 */
final class FieldValues {

  private final Issue issue;
  private final IssueKey key;
  private final AppFields fields;
  private final InstalledItems items;
  private final ReadProblems problems;

  FieldValues(
      Issue issue, IssueKey key, AppFields fields, InstalledItems items, ReadProblems problems) {
    this.issue = issue;
    this.key = key;
    this.fields = fields;
    this.items = items;
    this.problems = problems;
  }

  /** The option constant chosen in the select list {@code field}; empty when none is. */
  Optional<String> option(AppField field) {
    Object value = raw(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Option option)) {
      unreadable(field, value);
      return Optional.empty();
    }
    Optional<String> constant = items.optionFor(field, option.getOptionId());
    if (constant.isEmpty()) {
      problems.partlyRead(
          key, field + " has option " + option.getOptionId() + ", not one setup made");
    }
    return constant;
  }

  /** The option constant of {@code field} as a constant of {@code type}; empty when unset. */
  <E extends Enum<E>> Optional<E> choice(AppField field, Class<E> type) {
    return option(field).map(constant -> Enum.valueOf(type, constant));
  }

  /** Whether the check box {@code option} of {@code field} is ticked. */
  boolean isTicked(AppField field, String option) {
    Object value = raw(field);
    if (value == null) {
      return false;
    }
    Optional<Long> ticked = items.optionId(field, option);
    if (!(value instanceof Collection<?> options) || ticked.isEmpty()) {
      unreadable(field, value);
      return false;
    }
    for (Object each : options) {
      if (each instanceof Option box && ticked.get().equals(box.getOptionId())) {
        return true;
      }
    }
    return false;
  }

  /** The number in {@code field}; null when unset. */
  Double number(AppField field) {
    return typed(field, Double.class);
  }

  /** The text in {@code field}; null when unset. */
  String text(AppField field) {
    return typed(field, String.class);
  }

  /** The date in {@code field}; null when unset. */
  Timestamp date(AppField field) {
    return typed(field, Timestamp.class);
  }

  /** The value of {@code field} if it is a {@code type}; null when unset or of another form. */
  private <T> T typed(AppField field, Class<T> type) {
    Object value = raw(field);
    if (value != null && !type.isInstance(value)) {
      unreadable(field, value);
      return null;
    }
    return type.cast(value);
  }

  private Object raw(AppField field) {
    return fields.field(field).map(this::valueOf).orElse(null);
  }

  private Object valueOf(CustomField field) {
    return issue.getCustomFieldValue(field);
  }

  private void unreadable(AppField field, Object value) {
    problems.partlyRead(key, field + " holds a " + value.getClass().getSimpleName());
  }
}
