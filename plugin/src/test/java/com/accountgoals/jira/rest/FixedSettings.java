package com.accountgoals.jira.rest;

import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;

/** The administrator's settings, fixed, for the in-memory REST tests. */
record FixedSettings(AdminSettings settings) implements AdminSettingsStore {
  @Override
  public AdminSettings load() {
    return settings;
  }

  @Override
  public void save(AdminSettings settings) {
    throw new UnsupportedOperationException();
  }
}
