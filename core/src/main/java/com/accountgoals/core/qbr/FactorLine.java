package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.trafficlight.Colour;

/**
 * A traffic-light factor on the board, with the goal it belongs to.
 *
 * @param goal the goal whose light carries the factor
 * @param colour the factor's colour
 * @param text the factor's text
 * @param position its place among the light's factors, in the team's order, from 0
 */
public record FactorLine(IssueKey goal, Colour colour, String text, int position) {}
