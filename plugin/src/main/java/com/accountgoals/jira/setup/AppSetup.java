package com.accountgoals.jira.setup;

import java.util.Optional;

/**
 * What the admin page calls: run the global setup again and see its report, see the last report (of
 * whichever node ran it), make a project an account project, take one off the list.
 */
public final class AppSetup {

  private final GlobalSetup globalSetup;
  private final SetupReportStore reports;
  private final AccountProjectSetup accountProjects;

  public AppSetup(
      GlobalSetup globalSetup, SetupReportStore reports, AccountProjectSetup accountProjects) {
    this.globalSetup = globalSetup;
    this.reports = reports;
    this.accountProjects = accountProjects;
  }

  /** Runs the global setup (idempotent, cluster-locked), keeps and returns its report. */
  public SetupReport runGlobalSetup() {
    SetupReport report = globalSetup.run();
    reports.save(report);
    return report;
  }

  /** The report of the last run on any node, or empty before the first. */
  public Optional<SetupReport> lastReport() {
    return reports.load();
  }

  /** See {@link AccountProjectSetup#makeAccountProject(long)}. */
  public AccountProjectChanges makeAccountProject(long projectId) {
    return accountProjects.makeAccountProject(projectId);
  }

  /** See {@link AccountProjectSetup#removeAccountProject(long)}. */
  public void removeAccountProject(long projectId) {
    accountProjects.removeAccountProject(projectId);
  }
}
