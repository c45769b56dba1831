/**
 * Every error of the REST API, mapped in one place: JSON {@code {code, message}} with a stable code
 * and a message in the calling user's language; the same 404 for a project (or goal) that does not
 * exist and one the user may not see; a generic 500 with an id that the log names, never a stack
 * trace.
 */
package com.accountgoals.jira.rest.error;
