/**
 * What the app creates in Jira, named once: its two issue types, its custom fields with their kinds
 * and option sets, and its alignment link type. Setup creates these items; the row source and the
 * searchable fields find them again through the ids setup recorded (see {@link
 * com.accountgoals.jira.settings.InstalledItems}), never by their display names, which
 * administrators may translate or rename.
 */
package com.accountgoals.jira.catalogue;
