package com.accountgoals.jira.derived;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.JiraAuthenticationContext;
import java.text.NumberFormat;
import java.util.Map;

/**
 * The "Goal progress" field: how far a business goal has come today, in percent ({@link
 * GoalStandings#progress}); no value for any other issue. The value is a {@link Double}, as Jira's
 * own number fields carry it, so that Jira's number-range searcher (which the descriptor names with
 * {@code valid-searcher}) indexes it with Jira's own number indexer, in exactly the encoding its
 * range queries expect: this type declares no indexer of its own.
 */
public class GoalProgressFieldType extends CalculatedCFType<Double, Double> {

  private final GoalStandings standings;
  private final JiraAuthenticationContext authenticationContext;

  public GoalProgressFieldType(
      GoalStandings standings, JiraAuthenticationContext authenticationContext) {
    this.standings = standings;
    this.authenticationContext = authenticationContext;
  }

  @Override
  public Double getValueFromIssue(CustomField field, Issue issue) {
    return standings.progress(issue).orElse(null);
  }

  @Override
  public String getStringFromSingularObject(Double percent) {
    return percent == null ? "" : percent.toString();
  }

  /** The number in {@code text}; null for anything that is not one (the field takes no input). */
  @Override
  public Double getSingularObjectFromString(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      double percent = Double.parseDouble(text.trim());
      return Double.isFinite(percent) ? percent : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /**
   * Adds {@code goalProgress}, the number in the user's language to one decimal, and {@code
   * goalProgressNumber}, the plain number for the XML export.
   */
  @Override
  public Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
    Map<String, Object> params = super.getVelocityParameters(issue, field, fieldLayoutItem);
    Double percent = issue == null ? null : getValueFromIssue(field, issue);
    if (percent != null) {
      NumberFormat format =
          NumberFormat.getNumberInstance(authenticationContext.getI18nHelper().getLocale());
      format.setMaximumFractionDigits(1);
      params.put("goalProgress", format.format(percent));
      params.put("goalProgressNumber", percent.toString());
    }
    return params;
  }
}
