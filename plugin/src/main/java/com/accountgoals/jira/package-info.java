/**
 * The Jira app: adapters from Jira to the core domain and the modules Jira loads (custom field
 * types, searchers). Each feature has its own package; nothing here is exported to other apps.
 */
package com.accountgoals.jira;
