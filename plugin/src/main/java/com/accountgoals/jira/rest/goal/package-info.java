/**
 * {@code GET goals/{issueKey}}: what the goal panel shows of one goal or milestone, as JSON ({@link
 * com.accountgoals.jira.rest.goal.GoalDetailJson}).
 */
package com.accountgoals.jira.rest.goal;
