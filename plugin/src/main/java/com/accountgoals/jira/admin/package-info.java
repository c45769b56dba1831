/**
 * The app's admin page in Jira's administration: setup's report and "run setup again", the list of
 * account projects, and the settings form. A servlet checks (administrator, WebSudo, XSRF token),
 * parses, delegates to {@link com.accountgoals.jira.setup.AppSetup} and the settings store, and
 * renders one Velocity template whose context holds only strings, numbers, maps and lists.
 */
package com.accountgoals.jira.admin;
