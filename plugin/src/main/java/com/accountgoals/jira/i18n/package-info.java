/** Turning core's message keys into text in the calling user's language. */
package com.accountgoals.jira.i18n;
