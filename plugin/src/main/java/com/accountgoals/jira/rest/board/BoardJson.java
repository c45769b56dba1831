package com.accountgoals.jira.rest.board;

import com.accountgoals.jira.rest.json.Parts;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The QBR board as JSON: core's {@code QbrBoard} section by section, in the board's order. Counts
 * and values are numbers, days ISO dates, states their constant names; the client formats them.
 *
 * @param project the account project's key
 * @param quarter the quarter under review
 * @param date the ISO day the board was built for
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BoardJson(
    String project,
    Quarter quarter,
    String date,
    AccountLight accountLight,
    List<Level> levels,
    Review review,
    Health health,
    Lights lights,
    Parts.Shortlist<Kpi> kpis,
    Findings findings,
    Parts.Shortlist<Parts.GoalLine> nextQuarter,
    Plan plan,
    Parts.Shortlist<Owner> owners,
    Completeness completeness) {

  /** A quarter: its name ({@code 2026-Q4}, the fiscal year's) and its first and last ISO day. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Quarter(String name, String firstDay, String lastDay) {}

  /**
   * The account's light and where it comes from ({@code ACCOUNT}, {@code VISION}, {@code NONE}).
   *
   * @param vision the vision's key when the light is the vision's
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AccountLight(Parts.Light light, String source, String vision) {}

  /** The account's goals at one level. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Level(String level, int open, int done, int dropped) {}

  /** Goals or milestones by outcome. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Outcomes(
      int metOnTime,
      int metLate,
      int done,
      int missed,
      int closedNotMeasured,
      int dropped,
      int overdue,
      int upcoming) {}

  /** The review of the quarter, and the previous quarter's counts to compare with. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Review(
      Outcomes goals,
      Parts.Shortlist<Parts.GoalLine> goalLines,
      Outcomes milestones,
      Parts.Shortlist<Parts.GoalLine> milestoneLines,
      Parts.Shortlist<Parts.GoalLine> wins,
      Parts.Shortlist<Parts.GoalLine> dropped,
      Outcomes previousGoals,
      Outcomes previousMilestones) {}

  /** The open business goals by health. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record HealthCounts(int onTrack, int watch, int behind, int offTrack, int notMeasured) {}

  /** The open business goals' health and their standings, most urgent first. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Health(HealthCounts counts, Parts.Shortlist<Parts.Standing> standings) {}

  /** The open goals by their light's colour. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LightCounts(int green, int amber, int red, int none) {}

  /**
   * A factor of a goal's light on the board.
   *
   * @param position its place among the goal's factors, from 0
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FactorLine(String goal, String colour, String text, int position) {}

  /** The lights: counts, the goals by colour, and the factors by colour in the team's order. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Lights(
      LightCounts counts,
      Parts.Shortlist<Parts.GoalLine> red,
      Parts.Shortlist<Parts.GoalLine> amber,
      Parts.Shortlist<Parts.GoalLine> green,
      Parts.Shortlist<FactorLine> redFactors,
      Parts.Shortlist<FactorLine> amberFactors,
      Parts.Shortlist<FactorLine> greenFactors) {}

  /**
   * A KPI this quarter.
   *
   * @param value its value this quarter; {@code null} without a reading
   * @param valueDate the ISO day of that value
   * @param previousValue its value last quarter; {@code null} without one
   * @param change BETTER, WORSE, SAME or NEW (a {@code KpiChange} constant)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Kpi(
      String goal,
      String summary,
      String category,
      String unit,
      String direction,
      Double value,
      String valueDate,
      Double previousValue,
      String change) {}

  /** SMART, alignment and milestone findings. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Findings(
      Parts.Shortlist<Parts.Smart> notSmart,
      Parts.Shortlist<Parts.Finding> alignment,
      Parts.Shortlist<Parts.Finding> milestones) {}

  /**
   * An action of the plan.
   *
   * @param supports the key of the goal it supports; {@code null} if none
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Action(
      String key,
      String summary,
      String assignee,
      String dueDate,
      String status,
      String supports,
      boolean carriedOver) {}

  /** How many actions a goal or a person has in a month. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Count(String name, int actions) {}

  /** A month in outline ({@code month} as {@code 2026-12}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Month(
      String month, int actions, int open, List<Count> perGoal, List<Count> perOwner) {}

  /** The rolling three-month plan: this month in detail, the next two in outline. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Plan(
      String firstMonth,
      List<Action> detail,
      int detailCount,
      int carriedOver,
      List<Month> outline,
      List<Action> undated,
      int undatedCount) {}

  /** One owner's goals and actions ({@code owner} {@code null} for the team's row). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Owner(
      String owner, int goals, int openGoals, int needingAttention, int openActions) {}

  /**
   * Whether the board shows everything: the source's cap, whether it stopped there, and the issues
   * read only in part.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Completeness(int cap, boolean capReached, List<String> partlyRead) {}
}
