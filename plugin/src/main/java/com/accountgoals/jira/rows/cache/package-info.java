/**
 * The cluster-safe cache of a project's rows (atlassian-cache) and the listener that invalidates a
 * project's rows when Jira publishes an issue or link event of that project.
 */
package com.accountgoals.jira.rows.cache;
