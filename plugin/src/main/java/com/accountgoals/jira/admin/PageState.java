package com.accountgoals.jira.admin;

import com.accountgoals.jira.setup.SetupMessage;
import com.accountgoals.jira.setup.SetupReport;
import com.atlassian.jira.issue.resolution.Resolution;
import java.util.List;
import java.util.Optional;

/**
 * Everything one rendering of the admin page shows, read from Jira and the request.
 *
 * @param contextPath Jira's context path, for links
 * @param xsrfParameter the name of the XSRF token's form field
 * @param xsrfToken the user's token
 * @param report setup's last report, if setup ran
 * @param projects the account projects, in the order they were added
 * @param resolutions all of Jira's resolutions
 * @param form the settings form, as stored or as typed
 * @param projectKey the project key as typed in "make an account project"
 * @param projectError why that key was refused, shown next to its field; empty when it was not
 * @param notices messages for the top of the page
 * @param exampleYear the calendar year whose fiscal year the naming's examples show
 * @param jiraZone the id of Jira's default time zone, for the first choice of the zone list
 */
record PageState(
    String contextPath,
    String xsrfParameter,
    String xsrfToken,
    Optional<SetupReport> report,
    List<ProjectRow> projects,
    List<Resolution> resolutions,
    AdminSettingsForm form,
    String projectKey,
    Optional<SetupMessage> projectError,
    List<Notice> notices,
    int exampleYear,
    String jiraZone) {

  /**
   * One account project on the list.
   *
   * @param id the project's id
   * @param key its key, or null when the project was deleted
   * @param name its name, or null when the project was deleted
   */
  record ProjectRow(long id, String key, String name) {}
}
