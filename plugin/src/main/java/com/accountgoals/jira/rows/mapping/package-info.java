/**
 * From Jira issues to core's goals and actions: field values found through the ids setup recorded,
 * the status through the resolutions the administrator chose, target history and readings from the
 * change history. One bad value never takes a board down: it is left out, logged and reported.
 */
package com.accountgoals.jira.rows.mapping;
