/**
 * The Jira reads of one board: paged JQL searches as the calling user (built from ids only), change
 * histories a page at a time, issue links, each bounded by the administrator's cap.
 */
package com.accountgoals.jira.rows.read;
