/**
 * The goal panel on Jira's issue view: the condition that shows it only on the app's Goal and
 * Milestone issues in account projects, and the context its container template is rendered with.
 * The panel itself is drawn in the browser (js/panel) from {@code GET goals/{issueKey}}.
 */
package com.accountgoals.jira.panel;
