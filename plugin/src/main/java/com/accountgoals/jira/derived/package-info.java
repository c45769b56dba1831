/**
 * The calculated, searchable "Goal progress" and "Goal health" fields of business goals: their
 * field types, their indexers (each in a class of its own, for the Jira 11 variants), their
 * searchers, and what keeps their index entries fresh.
 */
package com.accountgoals.jira.derived;
