package com.accountgoals.jira.admin;

import com.accountgoals.jira.derived.Today;
import com.accountgoals.jira.rows.mapping.DroppedResolutions;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.TodayZone;
import com.accountgoals.jira.setup.AccountProjectChanges;
import com.accountgoals.jira.setup.AppSetup;
import com.accountgoals.jira.setup.SetupMessage;
import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin page: only Jira administrators, in a WebSudo session; every POST carries the user's
 * XSRF token or changes nothing. It checks, delegates to {@link AppSetup} and the settings store,
 * and renders {@value #TEMPLATE}. A successful save redirects (Post/Redirect/Get); the other
 * actions show their outcome at once, since what they changed is shown only then.
 */
@AdminOnly
public final class AdminServlet extends HttpServlet {

  /** Where Jira serves the page, below {@code /plugins/servlet}. */
  static final String PATH = "/plugins/servlet/account-goals/admin";

  static final String TEMPLATE = "templates/admin/admin-page.vm";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(AdminServlet.class);

  private final transient UserManager userManager;
  private final transient LoginUriProvider loginUriProvider;
  private final transient WebSudoManager webSudoManager;
  private final transient XsrfTokenAccessor xsrfTokens;
  private final transient XsrfTokenValidator xsrfValidator;
  private final transient TemplateRenderer renderer;
  private final transient JiraAuthenticationContext authenticationContext;
  private final transient AppSetup appSetup;
  private final transient AdminSettingsStore settingsStore;
  private final transient ProjectManager projectManager;
  private final transient ResolutionManager resolutionManager;
  private final transient Today today;
  private final transient TodayZone todayZone;

  public AdminServlet(
      UserManager userManager,
      LoginUriProvider loginUriProvider,
      WebSudoManager webSudoManager,
      XsrfTokenAccessor xsrfTokens,
      XsrfTokenValidator xsrfValidator,
      TemplateRenderer renderer,
      JiraAuthenticationContext authenticationContext,
      AppSetup appSetup,
      AdminSettingsStore settingsStore,
      ProjectManager projectManager,
      ResolutionManager resolutionManager,
      Today today,
      TodayZone todayZone) {
    this.userManager = userManager;
    this.loginUriProvider = loginUriProvider;
    this.webSudoManager = webSudoManager;
    this.xsrfTokens = xsrfTokens;
    this.xsrfValidator = xsrfValidator;
    this.renderer = renderer;
    this.authenticationContext = authenticationContext;
    this.appSetup = appSetup;
    this.settingsStore = settingsStore;
    this.projectManager = projectManager;
    this.resolutionManager = resolutionManager;
    this.today = today;
    this.todayZone = todayZone;
  }

  @AdminOnly
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!mayUse(request, response)) {
      return;
    }
    List<Notice> notices = new ArrayList<>();
    if ("settings".equals(request.getParameter("saved"))) {
      notices.add(Notice.success(SetupMessage.of("account-goals.admin.settings.saved"), List.of()));
    }
    render(request, response, stored(), "", notices);
  }

  @AdminOnly
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!mayUse(request, response)) {
      return;
    }
    if (!xsrfValidator.validateFormEncodedToken(request)) {
      LOG.warn(
          "Admin page: refused a POST ({}) without a valid XSRF token; nothing changed",
          request.getParameter("action"));
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      render(request, response, stored(), "", List.of(error("account-goals.admin.error.xsrf")));
      return;
    }
    String action = String.valueOf(request.getParameter("action"));
    switch (action) {
      case "settings" -> saveSettings(request, response);
      case "setup" -> runSetup(request, response);
      case "make" -> makeAccountProject(request, response);
      case "remove" -> removeAccountProject(request, response);
      default -> {
        LOG.warn("Admin page: unknown action {}; nothing changed", action);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      }
    }
  }

  private void saveSettings(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Set<String> resolutionIds =
        resolutionManager.getResolutions().stream()
            .map(Resolution::getId)
            .collect(Collectors.toSet());
    AdminSettingsForm form = AdminSettingsForm.parse(request.getParameterMap(), resolutionIds);
    Optional<AdminSettings> settings = form.toSettings(settingsStore.load());
    if (settings.isEmpty()) {
      LOG.warn("Admin page: settings not saved, invalid fields {}", form.errors().keySet());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      render(request, response, form, "", List.of(error("account-goals.admin.settings.invalid")));
      return;
    }
    settingsStore.save(settings.get());
    LOG.info("Admin page: settings saved");
    response.sendRedirect(request.getContextPath() + PATH + "?saved=settings");
  }

  private void runSetup(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    appSetup.runGlobalSetup();
    LOG.info("Admin page: setup run by an administrator");
    render(
        request,
        response,
        stored(),
        "",
        List.of(Notice.success(SetupMessage.of("account-goals.admin.setup.ran"), List.of())));
  }

  private void makeAccountProject(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String typed = Optional.ofNullable(request.getParameter("projectKey")).orElse("").trim();
    Project project =
        typed.isEmpty() ? null : projectManager.getProjectObjByKey(typed.toUpperCase(Locale.ROOT));
    if (project == null) {
      LOG.warn("Admin page: cannot make \"{}\" an account project: no such project key", typed);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      SetupMessage refusal =
          typed.isEmpty()
              ? SetupMessage.of("account-goals.admin.error.project.empty")
              : SetupMessage.of("account-goals.admin.error.project.unknown", typed);
      render(
          request,
          response,
          stored(),
          typed,
          Optional.of(refusal),
          List.of(Notice.error(refusal, List.of())));
      return;
    }
    AccountProjectChanges changes = appSetup.makeAccountProject(project.getId());
    Notice notice;
    if (!changes.problems().isEmpty()) {
      notice =
          Notice.error(
              SetupMessage.of("account-goals.admin.projects.failed", project.getKey()),
              changes.problems());
    } else if (changes.changes().isEmpty()) {
      notice =
          Notice.success(
              SetupMessage.of("account-goals.admin.projects.made.nothing", project.getKey()),
              List.of());
    } else {
      notice =
          Notice.success(
              SetupMessage.of("account-goals.admin.projects.made", project.getKey()),
              changes.changes());
    }
    render(request, response, stored(), "", List.of(notice));
  }

  private void removeAccountProject(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(String.valueOf(request.getParameter("projectId")));
    } catch (NumberFormatException e) {
      LOG.warn(
          "Admin page: cannot remove project \"{}\": not a project id",
          request.getParameter("projectId"));
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    appSetup.removeAccountProject(id);
    Project project = projectManager.getProjectObj(id);
    String name = project == null ? String.valueOf(id) : project.getKey();
    LOG.info("Admin page: project {} removed from the account projects", name);
    render(
        request,
        response,
        stored(),
        "",
        List.of(
            Notice.success(
                SetupMessage.of("account-goals.admin.projects.removed", name), List.of())));
  }

  /** Anonymous: to the login page. Not an administrator: 403. No secure session: to WebSudo. */
  private boolean mayUse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    UserKey user = userManager.getRemoteUserKey(request);
    if (user == null) {
      response.sendRedirect(loginUriProvider.getLoginUri(pageUri(request)).toASCIIString());
      return false;
    }
    if (!userManager.isAdmin(user)) {
      LOG.warn("Admin page: refused user {}, not an administrator", user);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return false;
    }
    try {
      webSudoManager.willExecuteWebSudoRequest(request);
      return true;
    } catch (WebSudoSessionException e) {
      webSudoManager.enforceWebSudoProtection(request, response);
      return false;
    }
  }

  /** The form as stored, with the proposal of dropped resolutions until one was chosen. */
  private AdminSettingsForm stored() {
    AdminSettings settings = settingsStore.load();
    return AdminSettingsForm.of(settings, dropped(settings));
  }

  private Set<String> dropped(AdminSettings settings) {
    return settings.droppedResolutionsChosen()
        ? settings.droppedResolutions()
        : DroppedResolutions.propose(resolutionManager.getResolutions());
  }

  private void render(
      HttpServletRequest request,
      HttpServletResponse response,
      AdminSettingsForm form,
      String projectKey,
      List<Notice> notices)
      throws IOException {
    render(request, response, form, projectKey, Optional.empty(), notices);
  }

  private void render(
      HttpServletRequest request,
      HttpServletResponse response,
      AdminSettingsForm form,
      String projectKey,
      Optional<SetupMessage> projectError,
      List<Notice> notices)
      throws IOException {
    AdminSettings settings = settingsStore.load();
    List<PageState.ProjectRow> projects = new ArrayList<>();
    for (long id : settings.accountProjects()) {
      Project project = projectManager.getProjectObj(id);
      projects.add(
          project == null
              ? new PageState.ProjectRow(id, null, null)
              : new PageState.ProjectRow(id, project.getKey(), project.getName()));
    }
    PageState state =
        new PageState(
            request.getContextPath(),
            xsrfValidator.getXsrfParameterName(),
            xsrfTokens.getXsrfToken(request, response, true),
            appSetup.lastReport(),
            projects,
            resolutionManager.getResolutions(),
            form,
            projectKey,
            projectError,
            notices,
            today.dateIn(todayZone.of(settings)).getYear(),
            todayZone.jiraDefault().getId());
    Map<String, Object> context =
        new AdminPageModel(authenticationContext.getI18nHelper())
            .context(state, !settings.droppedResolutionsChosen());
    response.setContentType("text/html;charset=UTF-8");
    renderer.render(TEMPLATE, context, response.getWriter());
  }

  private static Notice error(String key) {
    return Notice.error(SetupMessage.of(key), List.of());
  }

  private static URI pageUri(HttpServletRequest request) {
    return URI.create(request.getRequestURL().toString());
  }
}
