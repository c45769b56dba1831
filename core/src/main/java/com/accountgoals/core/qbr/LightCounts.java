package com.accountgoals.core.qbr;

import com.accountgoals.core.trafficlight.Colour;

/**
 * Goals by the overall colour of their traffic light.
 *
 * @param green green
 * @param amber amber
 * @param red red
 * @param none without a traffic light
 */
public record LightCounts(int green, int amber, int red, int none) {

  /**
   * The counts from a tally indexed by {@link Colour#ordinal()}, plus the goals without a light.
   */
  static LightCounts from(int[] byColour, int none) {
    return new LightCounts(
        byColour[Colour.GREEN.ordinal()],
        byColour[Colour.AMBER.ordinal()],
        byColour[Colour.RED.ordinal()],
        none);
  }
}
