package com.accountgoals.jira.settings;

/** Where setup records the ids of the items it created or reused. */
public interface InstalledItemsStore {

  /** What setup recorded, or {@link InstalledItems#none()} before its first run. */
  InstalledItems load();

  /** Replaces the record as a whole; setup calls it under its cluster lock. */
  void save(InstalledItems items);
}
