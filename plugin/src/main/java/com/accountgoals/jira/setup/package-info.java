/**
 * The app's setup in Jira. {@link com.accountgoals.jira.setup.GlobalSetup} creates or finds, once
 * for the cluster and under a cluster lock, the issue types, fields (with their options) and link
 * type the catalogue names, and records their ids; {@link
 * com.accountgoals.jira.setup.AccountProjectSetup} makes a project an account project at an
 * administrator's request. {@link com.accountgoals.jira.setup.AppSetup} is what the admin page
 * calls. Nothing here ever deletes or changes an item that is not the app's own.
 */
package com.accountgoals.jira.setup;
