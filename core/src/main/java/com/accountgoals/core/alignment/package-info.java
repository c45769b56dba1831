/**
 * Alignment: every goal supports a goal above it (milestone, business goal, vision), and goals of
 * individuals support the team's. Finds goals that support nothing above them, milestones without a
 * business goal, and cycles in the links, which are reported and never followed forever.
 */
package com.accountgoals.core.alignment;
