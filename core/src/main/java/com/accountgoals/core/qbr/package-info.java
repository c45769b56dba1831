/**
 * The QBR board: for one account project and one quarter, goals by level and status, what was met
 * and missed, milestones due, health per business goal, traffic lights and their factors, KPIs,
 * SMART and alignment findings, the next quarter's goals, the rolling plan and the owner roll-up.
 *
 * <p>{@link com.accountgoals.core.qbr.QbrBoards} builds a {@link
 * com.accountgoals.core.qbr.QbrBoard} from rows in one pass per kind of row; {@link
 * com.accountgoals.core.qbr.QbrBoardService} loads the rows through the ports first.
 */
package com.accountgoals.core.qbr;
