package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.trafficlight.Colour;

/**
 * A red or amber traffic-light factor on the board, with the goal it belongs to.
 *
 * @param goal the goal whose light carries the factor
 * @param colour red or amber
 * @param text the factor's text
 */
public record FactorLine(IssueKey goal, Colour colour, String text) {}
