package com.accountgoals.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.derived.Today;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.accountgoals.jira.settings.TodayZone;
import com.accountgoals.jira.setup.AccountProjectChanges;
import com.accountgoals.jira.setup.AppSetup;
import com.accountgoals.jira.setup.SetupMessage;
import com.accountgoals.jira.testing.JiraLikeVelocity;
import com.accountgoals.jira.testing.TestI18n;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class AdminServletTest {

  private static final UserKey ADMIN = new UserKey("admin");

  @Mock private UserManager userManager;
  @Mock private LoginUriProvider loginUriProvider;
  @Mock private WebSudoManager webSudoManager;
  @Mock private XsrfTokenAccessor xsrfTokens;
  @Mock private XsrfTokenValidator xsrfValidator;
  @Mock private AppSetup appSetup;
  @Mock private AdminSettingsStore settingsStore;
  @Mock private ProjectManager projectManager;
  @Mock private ResolutionManager resolutionManager;
  @Mock private HttpServletRequest request;
  @Mock private HttpServletResponse response;
  @Mock private Project acme;
  @Mock private Today today;
  @Mock private TodayZone todayZone;

  private final StringWriter out = new StringWriter();
  private final Map<String, String[]> parameters = new HashMap<>();
  private final JiraLikeVelocity velocity = new JiraLikeVelocity();
  private String renderedTemplate;
  private AdminServlet servlet;

  @BeforeEach
  void setUp() throws Exception {
    TemplateRenderer renderer =
        (template, context, writer) -> {
          renderedTemplate = template;
          writer.write(velocity.render(template, context));
        };
    servlet =
        new AdminServlet(
            userManager,
            loginUriProvider,
            webSudoManager,
            xsrfTokens,
            xsrfValidator,
            renderer,
            TestI18n.userSpeaking(Locale.ENGLISH),
            appSetup,
            settingsStore,
            projectManager,
            resolutionManager,
            today,
            todayZone);
    lenient().when(request.getContextPath()).thenReturn("/jira");
    lenient().when(request.getParameterMap()).thenReturn(parameters);
    lenient()
        .when(request.getParameter(anyString()))
        .thenAnswer(
            call -> {
              String[] values = parameters.get(call.<String>getArgument(0));
              return values == null ? null : values[0];
            });
    lenient().when(response.getWriter()).thenReturn(new PrintWriter(out));
    lenient().when(xsrfValidator.getXsrfParameterName()).thenReturn("atl_token");
    lenient().when(xsrfTokens.getXsrfToken(request, response, true)).thenReturn("tok");
    lenient().when(settingsStore.load()).thenReturn(AdminSettings.DEFAULT);
    lenient().when(appSetup.lastReport()).thenReturn(Optional.empty());
    lenient().when(resolutionManager.getResolutions()).thenReturn(AdminPages.resolutions());
    lenient().when(todayZone.of(any())).thenReturn(java.time.ZoneId.of("Europe/Berlin"));
    lenient().when(todayZone.jiraDefault()).thenReturn(java.time.ZoneId.of("Europe/Rome"));
    lenient()
        .when(today.dateIn(java.time.ZoneId.of("Europe/Berlin")))
        .thenReturn(java.time.LocalDate.of(2026, 11, 30));
    lenient().when(acme.getId()).thenReturn(10L);
    lenient().when(acme.getKey()).thenReturn("ACME");
    lenient().when(acme.getName()).thenReturn("Acme Corp");
  }

  private void asAdmin() {
    when(userManager.getRemoteUserKey(request)).thenReturn(ADMIN);
    when(userManager.isAdmin(ADMIN)).thenReturn(true);
  }

  private void post(String action, String... nameValues) throws Exception {
    parameters.put("action", new String[] {action});
    for (int i = 0; i < nameValues.length; i += 2) {
      parameters.put(nameValues[i], new String[] {nameValues[i + 1]});
    }
    servlet.doPost(request, response);
  }

  /** ACME exists under its key, and making it an account project answers {@code changes}. */
  private void acmeBecomesAnAccountProject(
      List<SetupMessage> changes, List<SetupMessage> problems) {
    when(projectManager.getProjectObjByKey("ACME")).thenReturn(acme);
    when(appSetup.makeAccountProject(10L)).thenReturn(new AccountProjectChanges(changes, problems));
  }

  private Document page() {
    return Jsoup.parse(out.toString());
  }

  @Nested
  @DisplayName("who may use the page")
  class Access {

    @Test
    void anAnonymousUserIsSentToTheLoginPageAndBackHere() throws Exception {
      when(request.getRequestURL())
          .thenReturn(
              new StringBuffer(
                  "https://jira.example.com/jira/plugins/servlet/account-goals/admin"));
      when(loginUriProvider.getLoginUri(
              URI.create("https://jira.example.com/jira/plugins/servlet/account-goals/admin")))
          .thenReturn(URI.create("https://jira.example.com/jira/login.jsp?os_destination=x"));

      servlet.doGet(request, response);

      verify(response).sendRedirect("https://jira.example.com/jira/login.jsp?os_destination=x");
      assertThat(out.toString()).isEmpty();
    }

    @Test
    void aUserWhoIsNoAdministratorIsRefusedAndChangesNothing() throws Exception {
      when(userManager.getRemoteUserKey(request)).thenReturn(ADMIN);

      post("remove", "projectId", "10");

      verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
      verifyNoInteractions(appSetup, settingsStore, webSudoManager);
      assertThat(out.toString()).isEmpty();
    }

    @Test
    void anAdministratorWithoutASecureSessionIsAskedForTheirPassword() throws Exception {
      asAdmin();
      doThrow(new WebSudoSessionException("none"))
          .when(webSudoManager)
          .willExecuteWebSudoRequest(request);

      post("setup");

      verify(webSudoManager).enforceWebSudoProtection(request, response);
      verifyNoInteractions(appSetup);
      assertThat(out.toString()).isEmpty();
    }

    @Test
    void anAdministratorSeesThePage() throws Exception {
      asAdmin();

      servlet.doGet(request, response);

      verify(webSudoManager).willExecuteWebSudoRequest(request);
      verify(response).setContentType("text/html;charset=UTF-8");
      assertThat(renderedTemplate).isEqualTo("templates/admin/admin-page.vm");
      assertThat(page().select("input[name=atl_token]").eachAttr("value")).containsOnly("tok");
      assertThat(page().select(".ag-notice")).isEmpty();
    }

    @Test
    void theServletAndItsHandlersAreMarkedForAdministratorsOnly() throws Exception {
      assertThat(
              AdminServlet.class.isAnnotationPresent(
                  com.atlassian.annotations.security.AdminOnly.class))
          .isTrue();
      for (String method : List.of("doGet", "doPost")) {
        assertThat(
                AdminServlet.class
                    .getDeclaredMethod(method, HttpServletRequest.class, HttpServletResponse.class)
                    .isAnnotationPresent(com.atlassian.annotations.security.AdminOnly.class))
            .as(method)
            .isTrue();
      }
    }
  }

  @Nested
  @DisplayName("a POST without a valid token")
  class WithoutToken {

    @Test
    void changesNothingAndSaysWhy() throws Exception {
      asAdmin();

      post(
          "settings",
          "searchCap",
          "5",
          "fiscalYearStart",
          "MAY",
          "onTrackWithin",
          "1",
          "offTrackBeyond",
          "2");

      verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
      verify(settingsStore, never()).save(any());
      verify(appSetup, never()).runGlobalSetup();
      assertThat(page().select(".ag-notice.aui-message-error").text())
          .startsWith("Nothing was changed: the page's security token");
    }
  }

  @Nested
  @DisplayName("with a valid token")
  class WithToken {

    @BeforeEach
    void validToken() {
      asAdmin();
      when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
    }

    /** Posts settings that are valid apart, maybe, from the zone of today. */
    private void postSettingsIn(String zone) throws Exception {
      post(
          "settings",
          "searchCap",
          "300",
          "fiscalYearStart",
          "OCTOBER",
          "fiscalYearNaming",
          "BY_END_YEAR",
          "todayZone",
          zone,
          "onTrackWithin",
          "10",
          "offTrackBeyond",
          "30");
    }

    @Test
    void savesValidSettingsAndRedirectsToThePage() throws Exception {
      parameters.put("droppedResolutions", new String[] {"2"});

      postSettingsIn("America/New_York");

      verify(settingsStore)
          .save(
              SettingsBuilder.settings()
                  .cap(300)
                  .dropped(java.util.Set.of("2"))
                  .droppedChosen(true)
                  .month(java.time.Month.OCTOBER)
                  .naming(com.accountgoals.core.quarter.FiscalYearNaming.BY_END_YEAR)
                  .tolerance(new com.accountgoals.core.trajectory.HealthTolerance(0.10, 0.30))
                  .zone("America/New_York")
                  .build());
      verify(response).sendRedirect("/jira/plugins/servlet/account-goals/admin?saved=settings");
      assertThat(out.toString()).isEmpty();
    }

    @Test
    void savesNothingWhenAFieldIsWrongAndShowsTheFormAsTyped() throws Exception {
      post(
          "settings",
          "searchCap",
          "0",
          "fiscalYearStart",
          "OCTOBER",
          "onTrackWithin",
          "10",
          "offTrackBeyond",
          "30");

      verify(settingsStore, never()).save(any());
      verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
      assertThat(page().select("#ag-search-cap").val()).isEqualTo("0");
      assertThat(page().select(".ag-error-searchCap").text()).contains("\"0\"");
      assertThat(page().select("#ag-fiscal-year-start option[selected]").val())
          .isEqualTo("OCTOBER");
    }

    @Test
    void savesNothingForAZoneNotOnTheListAndShowsTheErrorBesideTheList() throws Exception {
      postSettingsIn("Mars/Olympus_Mons");

      verify(settingsStore, never()).save(any());
      verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
      assertThat(page().select("#ag-today-zone + .description + .ag-error-todayZone").text())
          .isEqualTo("Choose a time zone from the list; \"Mars/Olympus_Mons\" is not one.");
      assertThat(page().select("#ag-naming-by-end-year").attr("checked")).isNotNull();
      assertThat(page().select("input[name=fiscalYearNaming][checked]").val())
          .isEqualTo("BY_END_YEAR");
    }

    @Test
    void showsTheNamingExamplesForTheYearOfTodayAndJirasZoneAsTheDefault() throws Exception {
      post("setup");

      assertThat(page().select("#ag-naming-by-start-year-example").text())
          .isEqualTo("January 2026 \u2013 December 2026 is FY2026");
      assertThat(page().select("#ag-today-zone option[value=\"\"]").text())
          .isEqualTo("Jira's default time zone (now Europe/Rome)");
    }

    @Test
    void runsSetupAgainAndSaysSo() throws Exception {
      post("setup");

      verify(appSetup).runGlobalSetup();
      assertThat(page().select(".ag-notice").text())
          .isEqualTo("Setup ran. Its report is shown below.");
    }

    @Test
    void makesAProjectAnAccountProjectByItsKeyAndListsWhatChanged() throws Exception {
      acmeBecomesAnAccountProject(
          List.of(SetupMessage.of("account-goals.setup.project.scheme", "Goal", "Default scheme")),
          List.of());

      post("make", "projectKey", " acme ");

      assertThat(page().select(".ag-notice .title").text())
          .isEqualTo("ACME is an account project. What changed in Jira:");
      assertThat(page().select(".ag-notice-details li").text())
          .contains("Goal")
          .contains("Default scheme");
      assertThat(page().select("#ag-error-projectKey")).isEmpty();
      assertThat(page().select("#ag-project-key").attr("aria-describedby"))
          .isEqualTo("ag-make-hint");
      assertThat(page().select("#ag-project-key").hasAttr("aria-invalid")).isFalse();
    }

    @Test
    void saysWhenMakingAnAccountProjectNeededNoChange() throws Exception {
      acmeBecomesAnAccountProject(List.of(), List.of());

      post("make", "projectKey", "ACME");

      assertThat(page().select(".ag-notice").text())
          .isEqualTo("ACME is an account project. Nothing in Jira needed to change.");
    }

    @Test
    void saysWhatStoodInTheWayOfAnAccountProject() throws Exception {
      acmeBecomesAnAccountProject(
          List.of(), List.of(SetupMessage.of("account-goals.setup.project.notypes", "Acme Corp")));

      post("make", "projectKey", "ACME");

      assertThat(page().select(".ag-notice").hasClass("aui-message-error")).isTrue();
      assertThat(page().select(".ag-notice .title").text())
          .isEqualTo("ACME could not be made an account project:");
      assertThat(page().select(".ag-notice-details li")).hasSize(1);
    }

    @Test
    void anUnknownProjectKeyChangesNothingAndIsKeptInTheField() throws Exception {
      post("make", "projectKey", "NOPE");

      verify(appSetup, never()).makeAccountProject(anyLong());
      verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
      assertThat(page().select(".ag-notice").text())
          .isEqualTo("There is no project with the key \"NOPE\".");
      assertThat(page().select("#ag-project-key").val()).isEqualTo("NOPE");
      assertThat(page().select("#ag-error-projectKey").text())
          .isEqualTo("There is no project with the key \"NOPE\".");
      assertThat(page().select("#ag-project-key").attr("aria-invalid")).isEqualTo("true");
      assertThat(page().select("#ag-project-key").attr("aria-describedby"))
          .isEqualTo("ag-make-hint ag-error-projectKey");
    }

    @Test
    void anEmptyProjectKeyAsksForOne() throws Exception {
      post("make", "projectKey", "  ");

      verify(projectManager, never()).getProjectObjByKey(any());
      verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
      assertThat(page().select(".ag-notice").text()).isEqualTo("Enter a project key.");
      assertThat(page().select("#ag-error-projectKey").text()).isEqualTo("Enter a project key.");
    }

    @Test
    void aMissingProjectKeyAsksForOne() throws Exception {
      post("make");

      verify(appSetup, never()).makeAccountProject(anyLong());
      assertThat(page().select(".ag-notice").text()).isEqualTo("Enter a project key.");
    }

    @Test
    void removesAProjectFromTheListAndSaysNothingInJiraChanged() throws Exception {
      when(projectManager.getProjectObj(10L)).thenReturn(acme);

      post("remove", "projectId", "10");

      verify(appSetup).removeAccountProject(10L);
      assertThat(page().select(".ag-notice").text())
          .isEqualTo("ACME is no longer an account project. Nothing in Jira was changed.");
    }

    @Test
    void removesADeletedProjectByItsId() throws Exception {
      post("remove", "projectId", "77");

      verify(appSetup).removeAccountProject(77L);
      assertThat(page().select(".ag-notice").text()).startsWith("77 is no longer");
    }

    @Test
    void refusesAProjectIdThatIsNoNumber() throws Exception {
      post("remove", "projectId", "ten");

      verify(appSetup, never()).removeAccountProject(anyLong());
      verify(response).sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    @Test
    void refusesAnUnknownAction() throws Exception {
      post("explode");

      verify(response).sendError(HttpServletResponse.SC_BAD_REQUEST);
      verifyNoInteractions(appSetup);
      verify(settingsStore, never()).save(any());
    }
  }

  @Nested
  @DisplayName("the page")
  class ThePage {

    @BeforeEach
    void admin() {
      asAdmin();
    }

    @Test
    void confirmsASavedForm() throws Exception {
      parameters.put("saved", new String[] {"settings"});

      servlet.doGet(request, response);

      assertThat(page().select(".ag-notice.aui-message-success").text())
          .isEqualTo("Settings saved.");
    }

    @Test
    void listsTheAccountProjectsIncludingDeletedOnes() throws Exception {
      when(settingsStore.load())
          .thenReturn(SettingsBuilder.settings().projects(List.of(10L, 20L)).cap(100).build());
      when(projectManager.getProjectObj(10L)).thenReturn(acme);

      servlet.doGet(request, response);

      assertThat(page().select(".ag-project-name").eachText())
          .containsExactly("Acme Corp", "Project 20 no longer exists");
    }

    @Test
    void proposesDroppedResolutionsUntilAChoiceWasSaved() throws Exception {
      servlet.doGet(request, response);

      assertThat(page().select("input[name=droppedResolutions][checked]").eachAttr("value"))
          .containsExactly("2", "3");
      assertThat(page().select(".ag-proposed")).hasSize(1);
    }

    @Test
    void showsTheSavedChoiceOfDroppedResolutions() throws Exception {
      when(settingsStore.load())
          .thenReturn(
              SettingsBuilder.settings()
                  .cap(100)
                  .dropped(java.util.Set.of("1"))
                  .droppedChosen(true)
                  .build());

      servlet.doGet(request, response);

      assertThat(page().select("input[name=droppedResolutions][checked]").eachAttr("value"))
          .containsExactly("1");
      assertThat(page().select(".ag-proposed")).isEmpty();
    }

    @Test
    void showsSetupsLastReport() throws Exception {
      when(appSetup.lastReport()).thenReturn(Optional.of(AdminPages.CLASHING_REPORT));

      servlet.doGet(request, response);

      assertThat(page().select(".ag-setup-clashes li").text()).contains("Category");
      verify(appSetup, never()).runGlobalSetup();
    }
  }
}
