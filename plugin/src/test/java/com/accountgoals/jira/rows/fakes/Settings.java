package com.accountgoals.jira.rows.fakes;

import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.SettingsBuilder;
import java.util.List;
import java.util.Set;

/** Admin settings for the tests: project 1 is the account project. */
public final class Settings {

  private Settings() {}

  /** The cap {@code cap}, dropped resolutions not chosen yet. */
  public static AdminSettings capped(int cap) {
    return SettingsBuilder.settings().projects(List.of(1L)).cap(cap).build();
  }

  /** The default cap, with {@code dropped} chosen as the dropped resolutions. */
  public static AdminSettings dropping(Set<String> dropped) {
    return SettingsBuilder.settings()
        .projects(List.of(1L))
        .dropped(dropped)
        .droppedChosen(true)
        .build();
  }
}
