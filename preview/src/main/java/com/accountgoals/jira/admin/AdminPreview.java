package com.accountgoals.jira.admin;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.catalogue.AppLinkType;
import com.accountgoals.jira.catalogue.FieldKind;
import com.accountgoals.jira.rows.fakes.Jiras;
import com.accountgoals.jira.rows.mapping.DroppedResolutions;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.setup.SetupMessage;
import com.accountgoals.jira.setup.SetupReport;
import com.accountgoals.jira.testing.BundleI18n;
import com.accountgoals.jira.testing.JiraLikeVelocity;
import com.atlassian.jira.issue.resolution.Resolution;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The app's admin page in the preview: its real {@link AdminPageModel}, {@link AdminSettingsForm}
 * and template ({@value AdminServlet#TEMPLATE}) rendered by the Velocity engine that escapes as
 * Jira does ({@link JiraLikeVelocity}, as {@code AdminPageTemplateTest} renders it), over what Jira
 * would give the page, held in memory for the preview's run: a system administrator past WebSudo,
 * an XSRF token, the demo projects, Jira's default resolutions, the report of setup's first run,
 * and the settings (Save keeps them; bad input shows the page's translated errors).
 *
 * <p>Not the {@link AdminServlet} itself: its {@code AppSetup} is a final class over setup's {@code
 * GlobalSetup} and {@code AccountProjectSetup}, which would need some twenty Jira managers (issue
 * types, avatars, fields, options, link types, schemes, screens, the cluster lock) faked here. What
 * the servlet does with a request is repeated below in the servlet's own words (parse, check, save
 * or show the errors; Post/Redirect/Get after a save); who may use it (login, administrator,
 * WebSudo) is the servlet's, covered by its tests, and always passed here.
 *
 * <p>In the plugin's package only to reach the package-private model; it lives in the preview
 * module and never in the app's jar. One per preview, never static.
 */
public final class AdminPreview {

  /** Where Jira serves the page and where its forms post. */
  public static final String PATH = AdminServlet.PATH;

  /** The field name of the XSRF token, as SAL's validator names it in Jira. */
  static final String XSRF_NAME = "atl_token";

  static final String XSRF_TOKEN = "preview-xsrf-token";

  /** Jira's default time zone in the preview. */
  static final ZoneId JIRA_ZONE = ZoneId.of("Europe/Berlin");

  private final Map<Long, String[]> projects = new LinkedHashMap<>();
  private final List<Resolution> resolutions =
      List.of(
          Jiras.resolution("10000", "Done"),
          Jiras.resolution("10001", "Won't Do"),
          Jiras.resolution("10002", "Duplicate"),
          Jiras.resolution("10003", "Cannot Reproduce"));

  private AdminSettings settings = AdminSettings.DEFAULT;
  private SetupReport report = firstReport();

  /**
   * What one request gets: a page (status, title, body); after a save ({@code saved}), the redirect
   * to the page that says so (Post/Redirect/Get); else an error status alone.
   */
  public record Answer(int status, boolean saved, String title, String body) {}

  /**
   * @param projects Jira's projects, key to name, in order; they get ids from 10000 on
   */
  public AdminPreview(Map<String, String> projects) {
    long id = 10000;
    for (Map.Entry<String, String> project : projects.entrySet()) {
      this.projects.put(id++, new String[] {project.getKey(), project.getValue()});
    }
  }

  /** The page, with "Settings saved." after a save's redirect ({@code saved=settings}). */
  public synchronized Answer get(Locale locale, Map<String, String[]> parameters) {
    List<Notice> notices = new ArrayList<>();
    if ("settings".equals(first(parameters, "saved"))) {
      notices.add(Notice.success(SetupMessage.of("account-goals.admin.settings.saved"), List.of()));
    }
    return page(locale, 200, stored(), "", notices);
  }

  /** One of the page's forms sent, as {@code AdminServlet.doPost}. */
  public synchronized Answer post(Locale locale, Map<String, String[]> parameters) {
    if (!XSRF_TOKEN.equals(first(parameters, XSRF_NAME))) {
      return page(locale, 403, stored(), "", List.of(error("account-goals.admin.error.xsrf")));
    }
    String action = String.valueOf(first(parameters, "action"));
    return switch (action) {
      case "settings" -> saveSettings(locale, parameters);
      case "setup" -> {
        report = againReport();
        yield page(
            locale,
            200,
            stored(),
            "",
            List.of(Notice.success(SetupMessage.of("account-goals.admin.setup.ran"), List.of())));
      }
      case "make" -> make(locale, parameters);
      case "remove" -> remove(locale, parameters);
      default -> new Answer(400, false, null, null);
    };
  }

  private Answer saveSettings(Locale locale, Map<String, String[]> parameters) {
    Set<String> ids = resolutions.stream().map(Resolution::getId).collect(Collectors.toSet());
    AdminSettingsForm form = AdminSettingsForm.parse(parameters, ids);
    Optional<AdminSettings> valid = form.toSettings(settings);
    if (valid.isEmpty()) {
      return page(locale, 400, form, "", List.of(error("account-goals.admin.settings.invalid")));
    }
    settings = valid.get();
    return new Answer(302, true, null, null);
  }

  private Answer make(Locale locale, Map<String, String[]> parameters) {
    String typed = Optional.ofNullable(first(parameters, "projectKey")).orElse("").trim();
    Optional<Long> id = idOf(typed.toUpperCase(Locale.ROOT));
    if (typed.isEmpty() || id.isEmpty()) {
      SetupMessage refusal =
          typed.isEmpty()
              ? SetupMessage.of("account-goals.admin.error.project.empty")
              : SetupMessage.of("account-goals.admin.error.project.unknown", typed);
      return page(
          locale,
          400,
          stored(),
          typed,
          Optional.of(refusal),
          List.of(Notice.error(refusal, List.of())));
    }
    String key = projects.get(id.get())[0];
    Notice notice;
    if (settings.isAccountProject(id.get())) {
      notice =
          Notice.success(
              SetupMessage.of("account-goals.admin.projects.made.nothing", key), List.of());
    } else {
      List<Long> list = new ArrayList<>(settings.accountProjects());
      list.add(id.get());
      settings = settings.withAccountProjects(list);
      notice =
          Notice.success(SetupMessage.of("account-goals.admin.projects.made", key), changes(key));
    }
    return page(locale, 200, stored(), "", List.of(notice));
  }

  private Answer remove(Locale locale, Map<String, String[]> parameters) {
    long id;
    try {
      id = Long.parseLong(String.valueOf(first(parameters, "projectId")));
    } catch (NumberFormatException e) {
      return new Answer(400, false, null, null);
    }
    List<Long> list = new ArrayList<>(settings.accountProjects());
    list.remove(Long.valueOf(id));
    settings = settings.withAccountProjects(list);
    String name = projects.containsKey(id) ? projects.get(id)[0] : String.valueOf(id);
    return page(
        locale,
        200,
        stored(),
        "",
        List.of(
            Notice.success(
                SetupMessage.of("account-goals.admin.projects.removed", name), List.of())));
  }

  private Optional<Long> idOf(String key) {
    return projects.entrySet().stream()
        .filter(project -> project.getValue()[0].equals(key))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** What making {@code key} an account project changes in a new project of Jira's defaults. */
  private static List<SetupMessage> changes(String key) {
    BundleI18n names = new BundleI18n(Locale.ENGLISH);
    List<SetupMessage> changes = new ArrayList<>();
    for (AppIssueType type : AppIssueType.values()) {
      changes.add(
          SetupMessage.of(
              "account-goals.setup.project.scheme",
              names.getText(type.nameKey()),
              key + ": Scrum Issue Type Scheme"));
    }
    for (AppField field : AppField.values()) {
      if (field.kind() != FieldKind.CALCULATED_NUMBER
          && field.kind() != FieldKind.CALCULATED_CHOICE) {
        changes.add(
            SetupMessage.of(
                "account-goals.setup.project.screen",
                names.getText(field.nameKey()),
                key + ": Scrum Default Issue Screen"));
      }
    }
    return changes;
  }

  /** Setup's run when the app was installed on a Jira in English: everything created. */
  private static SetupReport firstReport() {
    return report("created");
  }

  /** Setup run again: everything is there and used. */
  private static SetupReport againReport() {
    return report("reused");
  }

  private static SetupReport report(String what) {
    BundleI18n names = new BundleI18n(Locale.ENGLISH);
    List<SetupMessage> lines = new ArrayList<>();
    for (AppIssueType type : AppIssueType.values()) {
      lines.add(
          SetupMessage.of("account-goals.setup.issuetype." + what, names.getText(type.nameKey())));
    }
    for (AppField field : AppField.values()) {
      lines.add(
          SetupMessage.of("account-goals.setup.field." + what, names.getText(field.nameKey())));
    }
    lines.add(
        SetupMessage.of(
            "account-goals.setup.linktype." + what, names.getText(AppLinkType.NAME_KEY)));
    List<SetupMessage> none = List.of();
    return "created".equals(what)
        ? new SetupReport(lines, none, none, none, none)
        : new SetupReport(none, lines, none, none, none);
  }

  private AdminSettingsForm stored() {
    return AdminSettingsForm.of(
        settings,
        settings.droppedResolutionsChosen()
            ? settings.droppedResolutions()
            : DroppedResolutions.propose(resolutions));
  }

  private Answer page(
      Locale locale, int status, AdminSettingsForm form, String typedKey, List<Notice> notices) {
    return page(locale, status, form, typedKey, Optional.empty(), notices);
  }

  private Answer page(
      Locale locale,
      int status,
      AdminSettingsForm form,
      String typedKey,
      Optional<SetupMessage> projectError,
      List<Notice> notices) {
    List<PageState.ProjectRow> rows = new ArrayList<>();
    for (long id : settings.accountProjects()) {
      String[] project = projects.get(id);
      rows.add(
          project == null
              ? new PageState.ProjectRow(id, null, null)
              : new PageState.ProjectRow(id, project[0], project[1]));
    }
    ZoneId zone = settings.todayZone().orElse(JIRA_ZONE);
    PageState state =
        new PageState(
            "",
            XSRF_NAME,
            XSRF_TOKEN,
            Optional.of(report),
            rows,
            resolutions,
            form,
            typedKey,
            projectError,
            notices,
            LocalDate.now(zone).getYear(),
            JIRA_ZONE.getId());
    String html =
        new JiraLikeVelocity()
            .render(
                AdminServlet.TEMPLATE,
                new AdminPageModel(new BundleI18n(locale))
                    .context(state, !settings.droppedResolutionsChosen()));
    return new Answer(
        status, false, new BundleI18n(locale).getText("account-goals.admin.title"), body(html));
  }

  /** What Jira's decorator takes from the page: the body's content. */
  private static String body(String html) {
    int start = html.indexOf("<body>") + "<body>".length();
    return html.substring(start, html.lastIndexOf("</body>"));
  }

  private static String first(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static Notice error(String key) {
    return Notice.error(SetupMessage.of(key), List.of());
  }
}
