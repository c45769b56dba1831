/** What only the Jira 11 jar must show: the Jakarta names, no Lucene, classes that load on 21+. */
package com.accountgoals.jira.jira11;
