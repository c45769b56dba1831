/**
 * The QBR board: for one account project and one quarter, as of one day, the account's own light,
 * goals by level and status, the quarter's goals and milestones by outcome (met on time or late,
 * missed, dropped apart, closed unmeasured) beside the quarter before, health per open business
 * goal with its plan and readings, the open goals by the colour of their light and the factors of
 * each colour, KPIs with their change, SMART, alignment and milestone findings, the next quarter's
 * goals, the rolling plan and the owner roll-up.
 *
 * <p>{@link com.accountgoals.core.qbr.QbrBoards} builds a {@link
 * com.accountgoals.core.qbr.QbrBoard} from rows in two passes over the goals (index, tally) and one
 * over the actions; every list is cut in one order, most urgent first, so the same rows in any
 * order give an equal board. Rows of other projects serve only as the goals the account's goals
 * support. {@link com.accountgoals.core.qbr.QbrBoardService} loads the rows through the ports.
 */
package com.accountgoals.core.qbr;
