/**
 * The planned trajectory of a business goal through its milestones, and what follows from it on a
 * given day: the planned value, health (on track, behind, off track) against a tolerance the caller
 * sets, and progress from baseline to target.
 */
package com.accountgoals.core.trajectory;
