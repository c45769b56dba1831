package com.accountgoals.jira.settings;

import com.accountgoals.core.quarter.FiscalYearNaming;
import com.accountgoals.core.trajectory.HealthTolerance;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Admin settings for tests: {@link AdminSettings#DEFAULT} with the values a test names. */
public final class SettingsBuilder {

  private List<Long> projects = AdminSettings.DEFAULT.accountProjects();
  private int cap = AdminSettings.DEFAULT.searchCap();
  private Set<String> dropped = AdminSettings.DEFAULT.droppedResolutions();
  private boolean droppedChosen = AdminSettings.DEFAULT.droppedResolutionsChosen();
  private Month month = AdminSettings.DEFAULT.fiscalYearStart();
  private FiscalYearNaming naming = AdminSettings.DEFAULT.fiscalYearNaming();
  private HealthTolerance tolerance = AdminSettings.DEFAULT.tolerance();
  private Optional<ZoneId> zone = AdminSettings.DEFAULT.todayZone();

  private SettingsBuilder() {}

  /** The defaults of a new installation. */
  public static SettingsBuilder settings() {
    return new SettingsBuilder();
  }

  public SettingsBuilder projects(List<Long> projects) {
    this.projects = projects;
    return this;
  }

  public SettingsBuilder cap(int cap) {
    this.cap = cap;
    return this;
  }

  public SettingsBuilder dropped(Set<String> dropped) {
    this.dropped = dropped;
    return this;
  }

  public SettingsBuilder droppedChosen(boolean chosen) {
    this.droppedChosen = chosen;
    return this;
  }

  public SettingsBuilder month(Month month) {
    this.month = month;
    return this;
  }

  public SettingsBuilder naming(FiscalYearNaming naming) {
    this.naming = naming;
    return this;
  }

  public SettingsBuilder tolerance(HealthTolerance tolerance) {
    this.tolerance = tolerance;
    return this;
  }

  public SettingsBuilder zone(Optional<ZoneId> zone) {
    this.zone = zone;
    return this;
  }

  /** The zone of "today" by its id. */
  public SettingsBuilder zone(String id) {
    return zone(Optional.of(ZoneId.of(id)));
  }

  public AdminSettings build() {
    return new AdminSettings(projects, cap, dropped, droppedChosen, month, naming, tolerance, zone);
  }
}
