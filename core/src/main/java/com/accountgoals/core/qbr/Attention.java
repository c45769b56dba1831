package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trajectory.Health;

/**
 * How urgently a goal needs the team, for cutting lists at the least important end: missed,
 * overdue, off track, red, behind, watch, amber, then the rest. A goal takes the first class any of
 * its outcome, health or light puts it in.
 */
final class Attention {

  static final int MISSED = 0;
  static final int OVERDUE = 1;
  static final int OFF_TRACK = 2;
  static final int RED = 3;
  static final int BEHIND = 4;
  static final int WATCH = 5;
  static final int AMBER = 6;
  static final int REST = 7;

  private Attention() {}

  /**
   * The class of a goal.
   *
   * @param outcome its outcome on the board's day
   * @param health its health; {@code null} when it has none (not an open business goal)
   * @param colour its light's overall colour; {@code null} without a light
   */
  static int rank(Outcome outcome, Health health, Colour colour) {
    if (outcome == Outcome.MISSED) {
      return MISSED;
    }
    if (outcome == Outcome.OVERDUE) {
      return OVERDUE;
    }
    if (health == Health.OFF_TRACK) {
      return OFF_TRACK;
    }
    if (colour == Colour.RED) {
      return RED;
    }
    if (health == Health.BEHIND) {
      return BEHIND;
    }
    if (health == Health.WATCH) {
      return WATCH;
    }
    return colour == Colour.AMBER ? AMBER : REST;
  }
}
