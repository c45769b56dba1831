package com.accountgoals.core.qbr;

/**
 * One person's share of the account, or the team's (goals without an owner): individual versus
 * team, as the QBR compares them.
 *
 * @param owner the user name; {@code null} for the team
 * @param goals all goals the person owns
 * @param openGoals those still open
 * @param needingAttention open business goals of theirs that are behind or off track
 * @param openActions open actions assigned to them
 */
public record OwnerRollup(
    String owner, int goals, int openGoals, int needingAttention, int openActions) {

  /** True for the row of goals that belong to the team rather than one person. */
  public boolean isTeam() {
    return owner == null;
  }
}
