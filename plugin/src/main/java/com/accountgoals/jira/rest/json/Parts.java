package com.accountgoals.jira.rest.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The JSON records that the board and the goal panel share. Unknown properties are ignored when a
 * client (or the preview) reads them back, so that a newer server never breaks an older reader.
 */
public final class Parts {

  private Parts() {}

  /** A list cut at its limit: {@code total} items in all, the first of them {@code shown}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Shortlist<T>(int total, List<T> shown) {}

  /**
   * A value on a day: a reading or a point of a plan.
   *
   * @param date ISO day
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Point(String date, double value) {}

  /**
   * A factor of a traffic light: its colour (RED, AMBER, GREEN) and its text, as the team wrote it.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Factor(String colour, String text) {}

  /**
   * A traffic light.
   *
   * @param overall the overall colour; {@code null} without one
   * @param chosen true when the team chose the overall colour, false when it comes from the factors
   * @param factors the factors in the team's order
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Light(String overall, boolean chosen, List<Factor> factors) {}

  /** A change of a target: old and new value, when, who ({@code null} if unknown) and why. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TargetChange(String date, double from, double to, String author, String reason) {}

  /**
   * One argument of a message, typed: {@code COUNT} and {@code NUMBER} carry {@code value}, {@code
   * AMOUNT} (a value) and {@code DIFFERENCE} (a difference of two values, such as a pace a month)
   * {@code value} and {@code unit}, {@code DAY} {@code date}, {@code KEY} {@code key}, {@code KEYS}
   * {@code keys}; the other fields are null.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Argument(
      String type, Number value, String unit, String date, String key, List<String> keys) {}

  /** A message for the client to write in the reader's language: its i18n key and arguments. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Message(String key, List<Argument> arguments) {}

  /**
   * A finding: what kind ({@code kind}, a stable constant), the goal it is about, and its message.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Finding(String kind, String goal, Message message) {}

  /**
   * A goal or milestone as a line.
   *
   * @param dueDate ISO day; {@code null} if none
   * @param outcome where it stands on the day (an {@code Outcome} constant)
   * @param metOn ISO day it was met; {@code null} unless met
   * @param health a {@code Health} constant; {@code null} unless an open business goal
   * @param colour its light's overall colour; {@code null} without one
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GoalLine(
      String key,
      String summary,
      String level,
      String scope,
      String owner,
      String dueDate,
      String outcome,
      String metOn,
      String health,
      String colour) {}

  /** Progress in percent: clamped to 0..100 for bars, and as it is. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Progress(double percent, double unclampedPercent) {}

  /**
   * A business goal's standing on a day, with what its trajectory chart needs. It names its goal
   * (summary, unit) itself, so that a goal in no other list of the board is more than a key.
   *
   * @param summary the goal's summary
   * @param unit the metric's unit; {@code null} if none
   * @param scale {@code WHOLE_NUMBERS} (the plan moves in steps at its points) or {@code
   *     CONTINUOUS} (a line between them)
   * @param direction {@code INCREASE}, {@code DECREASE}, or {@code KEEP_AT_LEAST} / {@code
   *     KEEP_AT_MOST} for a floor or ceiling, which has no progress
   * @param planned the planned value on the day; {@code null} without a plan
   * @param actual the value on the day; {@code null} when not measured
   * @param plan the current plan's points (start, milestones, target)
   * @param originalPlan the original plan's points; empty unless the target was changed
   * @param readings the dated readings up to the day
   * @param atPlan true when the value on the day reaches the plan's value for it
   * @param nextStep a whole-number goal's next step: the first plan point from the day on that the
   *     value does not reach; {@code null} for a continuous goal and one past every step
   * @param targetReached true for a whole-number goal whose value reaches its target
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Standing(
      String goal,
      String summary,
      String unit,
      String scale,
      String direction,
      String date,
      Double planned,
      Double actual,
      String health,
      String healthAgainstOriginal,
      Progress progress,
      List<Point> plan,
      List<Point> originalPlan,
      List<Point> readings,
      List<TargetChange> targetChanges,
      boolean atPlan,
      Point nextStep,
      boolean targetReached) {}

  /**
   * A goal's SMART check.
   *
   * @param goal the goal's key
   * @param summary its summary, so that the board's list of findings can name it
   * @param checked false for visions and relationship goals, which SMART does not apply to
   * @param failed the criteria that fail, in SMART order ({@code SmartCriterion} constants)
   * @param findings what to change, one finding per problem ({@code kind} is the criterion)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Smart(
      String goal, String summary, boolean checked, List<String> failed, List<Finding> findings) {}
}
