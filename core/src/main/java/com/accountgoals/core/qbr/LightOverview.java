package com.accountgoals.core.qbr;

import com.accountgoals.core.trafficlight.Colour;
import java.util.Objects;

/**
 * The traffic lights of the account's open goals: how many of each colour, which goals are red,
 * amber or green, and the factors of each colour, each light's factors in the team's order.
 *
 * @param counts open goals by overall colour
 * @param red the open goals whose light is red, most urgent first
 * @param amber those whose light is amber
 * @param green those whose light is green
 * @param redFactors the factors against us, most urgent goal first, each goal's in the team's order
 * @param amberFactors the factors that could go either way
 * @param greenFactors the factors for us
 */
public record LightOverview(
    LightCounts counts,
    Shortlist<GoalLine> red,
    Shortlist<GoalLine> amber,
    Shortlist<GoalLine> green,
    Shortlist<FactorLine> redFactors,
    Shortlist<FactorLine> amberFactors,
    Shortlist<FactorLine> greenFactors) {

  /** The goals whose light is {@code colour}. */
  public Shortlist<GoalLine> goals(Colour colour) {
    Objects.requireNonNull(colour, "colour");
    return switch (colour) {
      case RED -> red;
      case AMBER -> amber;
      case GREEN -> green;
    };
  }

  /** The factors of {@code colour}. */
  public Shortlist<FactorLine> factors(Colour colour) {
    Objects.requireNonNull(colour, "colour");
    return switch (colour) {
      case RED -> redFactors;
      case AMBER -> amberFactors;
      case GREEN -> greenFactors;
    };
  }
}
