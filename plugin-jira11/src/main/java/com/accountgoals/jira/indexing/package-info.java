/**
 * The Jira 11 variant of the field types' indexers (see the Jira 10 class of the same name in the
 * plugin module). Chosen at build time: this module's build leaves the Jira 10 package out of the
 * jar and compiles this one in its place.
 */
package com.accountgoals.jira.indexing;
