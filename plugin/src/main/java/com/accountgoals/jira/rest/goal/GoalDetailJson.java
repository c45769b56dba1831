package com.accountgoals.jira.rest.goal;

import com.accountgoals.jira.rest.json.Parts;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The goal panel as JSON, in the panel's order: the goal, its health and why, progress and
 * trajectory, SMART, its light, target history and the goals up and down the line.
 *
 * @param date the ISO day everything is judged on
 * @param outcome where the goal stands (an {@code Outcome} constant)
 * @param metOn the ISO day it was met; {@code null} unless met
 * @param health a {@code Health} constant; {@code null} unless an open business goal
 * @param why the reason for the health, for the client to write in the reader's language; {@code
 *     null} when {@code health} is
 * @param progress {@code null} when there is no way to measure
 * @param standing the trajectory chart's data; {@code null} unless a business goal
 * @param targetHistory the target's changes, oldest first
 * @param supports the visible goals it supports (up)
 * @param supportedBy the goals and milestones that support it (down)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoalDetailJson(
    Goal goal,
    String date,
    String outcome,
    String metOn,
    String health,
    Parts.Message why,
    Parts.Progress progress,
    Parts.Standing standing,
    Parts.Smart smart,
    List<Parts.TargetChange> targetHistory,
    List<Parts.GoalLine> supports,
    List<Parts.GoalLine> supportedBy) {

  /**
   * The goal as read from its issue.
   *
   * @param owner the owner's user name; {@code null} for a team goal
   * @param dueDate ISO day; {@code null} if none
   * @param status OPEN, DONE or DROPPED
   * @param unit the metric's unit; {@code null} if none
   * @param direction a {@code Direction} constant; {@code null} while unknown
   * @param baseline the baseline value and its day; {@code null} if none
   * @param target the target valid on the day; {@code null} if none
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Goal(
      String key,
      String summary,
      String level,
      String scope,
      String category,
      boolean kpi,
      String owner,
      String dueDate,
      String status,
      String unit,
      String direction,
      Parts.Point baseline,
      Double target,
      Parts.Light light) {}
}
