package com.accountgoals.jira.derived;

import com.accountgoals.core.trajectory.Health;
import com.accountgoals.jira.indexing.FieldIndexers;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import java.util.List;
import java.util.Map;

/**
 * The "Goal health" field: on track, watch, behind, off track or not measured, calculated for an
 * unresolved business goal today ({@link GoalStandings}); no value for any other issue. The value
 * Jira moves around is the health's constant ({@code OFF_TRACK}); the views show its translated
 * name with a shape beside it, never a colour alone.
 */
public class GoalHealthFieldType extends CalculatedCFType<String, String> {

  private final GoalStandings standings;
  private final FieldIndexers indexers;

  public GoalHealthFieldType(GoalStandings standings, FieldIndexers indexers) {
    this.standings = standings;
    this.indexers = indexers;
  }

  @Override
  public String getValueFromIssue(CustomField field, Issue issue) {
    return standings.health(issue).map(HealthTerms::constant).orElse(null);
  }

  @Override
  public String getStringFromSingularObject(String constant) {
    return constant == null ? "" : constant;
  }

  /** The constant a stored value or a typed spelling names; null for anything else. */
  @Override
  public String getSingularObjectFromString(String text) {
    return HealthTerms.parse(text).map(HealthTerms::constant).orElse(null);
  }

  @Override
  public Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
    Map<String, Object> params = super.getVelocityParameters(issue, field, fieldLayoutItem);
    HealthTerms.parse(issue == null ? null : getValueFromIssue(field, issue))
        .ifPresent(health -> params.put("goalHealth", new HealthView(health)));
    return params;
  }

  @Override
  public List<FieldIndexer> getRelatedIndexers(CustomField customField) {
    return indexers.goalHealth(customField);
  }

  /** What the templates show: the translated name's key, a CSS name and a shape. */
  public static final class HealthView {

    private final Health health;

    HealthView(Health health) {
      this.health = health;
    }

    public String getConstant() {
      return health.name();
    }

    public String getMessageKey() {
      return health.messageKey();
    }

    public String getCss() {
      return health.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** A shape per health, so that no one needs colour to tell them apart. */
    public String getShape() {
      return switch (health) {
        case ON_TRACK -> "\u25CF"; // circle
        case WATCH -> "\u25C6"; // diamond
        case BEHIND -> "\u25B2"; // triangle
        case OFF_TRACK -> "\u25A0"; // square
        case NOT_MEASURED -> "\u25CB"; // empty circle
      };
    }
  }
}
