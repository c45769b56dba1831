package com.accountgoals.core.qbr;

import com.accountgoals.core.trafficlight.Colour;

/**
 * The open goals by the overall colour of their traffic light. Lights of closed goals no longer
 * count; a milestone counts only when it has a light of its own.
 *
 * @param green green
 * @param amber amber
 * @param red red
 * @param none open goals without a traffic light (milestones without one are not counted)
 */
public record LightCounts(int green, int amber, int red, int none) {

  /** The counts from a tally indexed by {@link Colour#ordinal()}, plus the goals without one. */
  static LightCounts from(int[] byColour, int none) {
    return new LightCounts(
        byColour[Colour.GREEN.ordinal()],
        byColour[Colour.AMBER.ordinal()],
        byColour[Colour.RED.ordinal()],
        none);
  }
}
