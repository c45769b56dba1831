package com.accountgoals.jira.admin;

import com.accountgoals.jira.rows.fakes.Jiras;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.accountgoals.jira.setup.SetupMessage;
import com.accountgoals.jira.setup.SetupReport;
import com.atlassian.jira.issue.resolution.Resolution;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Sample states of the admin page for the model and template tests. */
final class AdminPages {

  static final AdminSettings SETTINGS =
      SettingsBuilder.settings()
          .projects(List.of(10L, 20L))
          .cap(500)
          .dropped(Set.of("3"))
          .droppedChosen(true)
          .month(Month.APRIL)
          .build();

  static final SetupReport CLASHING_REPORT =
      new SetupReport(
          List.of(SetupMessage.of("account-goals.setup.issuetype.created", "Goal")),
          List.of(SetupMessage.of("account-goals.setup.field.reused", "Goal level")),
          List.of(
              SetupMessage.of(
                  "account-goals.setup.field.clash",
                  "Category",
                  "com.atlassian.jira.plugin.system.customfieldtypes:textfield")),
          List.of(SetupMessage.of("account-goals.setup.field.unavailable", "Traffic light")),
          List.of());

  private AdminPages() {}

  static List<Resolution> resolutions() {
    return List.of(
        Jiras.resolution("1", "Done"),
        Jiras.resolution("2", "Won't Do"),
        Jiras.resolution("3", "Duplicate"));
  }

  /** A new installation: setup never ran, no account projects, no notices. */
  static PageState empty() {
    return new PageState(
        "/jira",
        "atl_token",
        "tok123",
        Optional.empty(),
        List.of(),
        resolutions(),
        AdminSettingsForm.of(AdminSettings.DEFAULT, Set.of("2", "3")),
        "",
        Optional.empty(),
        List.of(),
        2026,
        "Europe/Berlin");
  }

  static PageState withReport(SetupReport report) {
    PageState empty = empty();
    return new PageState(
        empty.contextPath(),
        empty.xsrfParameter(),
        empty.xsrfToken(),
        Optional.of(report),
        List.of(
            new PageState.ProjectRow(10, "ACME", "Acme Corp"),
            new PageState.ProjectRow(20, null, null)),
        empty.resolutions(),
        AdminSettingsForm.of(SETTINGS, SETTINGS.droppedResolutions()),
        "",
        Optional.empty(),
        List.of(
            Notice.success(
                SetupMessage.of("account-goals.admin.projects.made", "ACME"),
                List.of(
                    SetupMessage.of(
                        "account-goals.setup.project.screen", "Goal level", "Default Screen")))),
        2026,
        "Europe/Berlin");
  }

  static PageState withForm(AdminSettingsForm form, List<Resolution> resolutions, String typedKey) {
    PageState empty = empty();
    return new PageState(
        empty.contextPath(),
        empty.xsrfParameter(),
        empty.xsrfToken(),
        Optional.empty(),
        List.of(),
        resolutions,
        form,
        typedKey,
        Optional.empty(),
        List.of(Notice.error(SetupMessage.of("account-goals.admin.settings.invalid"), List.of())),
        2026,
        "Europe/Berlin");
  }
}
