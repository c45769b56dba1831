/**
 * Test support for the row source: issues, a setup record, and a small in-memory Jira that answers
 * the board's JQL, counts every call by kind and adds a simulated latency per call (for the
 * call-count benchmark).
 */
package com.accountgoals.jira.rows.fakes;
