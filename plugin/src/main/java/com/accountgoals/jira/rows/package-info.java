/**
 * Goal data from Jira: core's {@link com.accountgoals.core.port.AccountRowSource} over Jira's
 * issues, read as the calling user. {@code read} searches and reads links and histories in as few
 * calls as Jira allows, {@code mapping} turns issues into core's goals and actions, {@code cache}
 * keeps the rows in a cluster-safe cache that issue events invalidate.
 */
package com.accountgoals.jira.rows;
