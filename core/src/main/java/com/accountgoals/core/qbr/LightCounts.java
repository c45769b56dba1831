package com.accountgoals.core.qbr;

import com.accountgoals.core.trafficlight.Colour;

/**
 * The open goals by the overall colour of their traffic light. Lights of closed goals no longer
 * count.
 *
 * @param green green
 * @param amber amber
 * @param red red
 * @param none without a traffic light
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
