package com.accountgoals.jira.settings;

/**
 * Where the administrator's settings live in Jira. A stored value that cannot be read (edited by
 * hand) is logged and read as its default, and is kept until an administrator saves the page.
 */
public interface AdminSettingsStore {

  /** The settings, or {@link AdminSettings#DEFAULT} before an administrator saved any. */
  AdminSettings load();

  /** Replaces the settings as a whole. */
  void save(AdminSettings settings);
}
