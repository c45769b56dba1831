/**
 * Alignment: how a goal is linked to the goals it supports. Up the levels (milestone, business
 * goal, relationship goal or vision, skipping a level being fine) and across scopes (an
 * individual's goal supports the team's, the team's the company's, which may live in another
 * project). Finds goals that support nothing, milestones without a business goal, links that point
 * nowhere the user can see or that run sideways or downward, team goals that skip the company's,
 * and cycles, which are reported and never followed forever. Findings carry typed arguments; core
 * formats nothing.
 */
package com.accountgoals.core.alignment;
