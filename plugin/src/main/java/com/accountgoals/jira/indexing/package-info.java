/**
 * Which indexers the app's field types hand to Jira: the one class whose variant is chosen at build
 * time. This is the Jira 10 variant (Jira's Lucene indexer API); the Jira 11 jar replaces the
 * package with its own class of the same name ({@code plugin-jira11/src/main/java}), because Jira
 * 11 removed the Lucene indexer API and apps can no longer import Lucene.
 */
package com.accountgoals.jira.indexing;
