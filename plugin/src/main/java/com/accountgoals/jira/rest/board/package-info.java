/**
 * {@code GET board?project=KEY&quarter=2026-Q4}: the QBR board of an account for a quarter, as JSON
 * ({@link com.accountgoals.jira.rest.board.BoardJson}).
 */
package com.accountgoals.jira.rest.board;
