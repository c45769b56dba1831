/**
 * What the app keeps in Jira beside issues: the administrator's settings (account projects, the
 * search cap, which resolutions mean dropped, the fiscal year, the health tolerance) and the ids of
 * the items setup created. Both live in Jira's database through the stores declared here, never in
 * a node's memory, so every node of a cluster reads the same.
 */
package com.accountgoals.jira.settings;
