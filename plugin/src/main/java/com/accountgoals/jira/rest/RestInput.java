package com.accountgoals.jira.rest;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.quarter.Quarter;
import com.accountgoals.core.validation.InvalidValueException;
import com.accountgoals.jira.rest.error.RestProblem;
import java.time.LocalDate;

/** Reads the resources' parameters with core's parsers; bad input is a 400 with core's reason. */
public final class RestInput {

  static final String INVALID_PROJECT_KEY = "invalid-project-key";
  static final String INVALID_ISSUE_KEY = "invalid-issue-key";
  static final String INVALID_QUARTER = "invalid-quarter";
  static final String PROJECT_MISSING_KEY = "account-goals.rest.error.project-missing";

  private RestInput() {}

  /** The project key {@code text}; a missing one is refused with its own message. */
  public static ProjectKey projectKey(String text) {
    if (text == null || text.isBlank()) {
      throw RestProblem.missing(INVALID_PROJECT_KEY, PROJECT_MISSING_KEY);
    }
    try {
      return ProjectKey.of(text);
    } catch (InvalidValueException e) {
      throw RestProblem.badInput(INVALID_PROJECT_KEY, e);
    }
  }

  /** The issue key {@code text}. */
  public static IssueKey issueKey(String text) {
    try {
      return IssueKey.of(text);
    } catch (InvalidValueException e) {
      throw RestProblem.badInput(INVALID_ISSUE_KEY, e);
    }
  }

  /** The quarter {@code text} names; the one {@code today} falls in when none is given. */
  public static Quarter quarter(String text, FiscalCalendar calendar, LocalDate today) {
    if (text == null || text.isBlank()) {
      return calendar.quarterOf(today);
    }
    try {
      return calendar.parse(text);
    } catch (InvalidValueException e) {
      throw RestProblem.badInput(INVALID_QUARTER, e);
    }
  }
}
