package com.accountgoals.jira.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.jira.rows.cache.ProjectStamps;
import com.accountgoals.jira.rows.cache.RowsCache;
import com.accountgoals.jira.rows.cache.RowsKey;
import com.accountgoals.jira.rows.fakes.Settings;
import com.accountgoals.jira.rows.fakes.Setup;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("Core's row source over Jira")
class JiraAccountRowSourceTest {

  private static final ProjectKey ACME = ProjectKey.of("ACME");
  private static final DateWindow WINDOW =
      DateWindow.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31));
  private static final AccountRows ROWS =
      new AccountRows(List.of(), List.of(), com.accountgoals.core.trafficlight.TrafficLight.none());

  @Mock private JiraAuthenticationContext authenticationContext;
  @Mock private ProjectManager projectManager;
  @Mock private PermissionManager permissionManager;
  @Mock private AdminSettingsStore settingsStore;
  @Mock private InstalledItemsStore itemsStore;
  @Mock private ProjectStamps stamps;
  @Mock private RowsCache cache;
  @Mock private ApplicationUser anna;
  @Mock private Project project;

  private JiraAccountRowSource source;

  @BeforeEach
  void aSource() {
    source =
        new JiraAccountRowSource(
            authenticationContext,
            projectManager,
            permissionManager,
            settingsStore,
            itemsStore,
            stamps,
            cache);
    lenient().when(authenticationContext.getLoggedInUser()).thenReturn(anna);
  }

  @Nested
  @DisplayName("gives the same empty rows")
  class SameEmptyAnswer {

    @Test
    void forAProjectThatDoesNotExist() {
      assertThat(source.load(ACME, WINDOW)).isEqualTo(AccountRows.empty());
      verifyNoInteractions(permissionManager, settingsStore, cache);
    }

    @Test
    void forAProjectTheUserMayNotBrowse() {
      when(projectManager.getProjectObjByKey("ACME")).thenReturn(project);

      assertThat(source.load(ACME, WINDOW)).isEqualTo(AccountRows.empty());
      verifyNoInteractions(settingsStore, cache);
    }

    @Test
    void forAProjectThatIsNoAccountProject() {
      when(projectManager.getProjectObjByKey("ACME")).thenReturn(project);
      when(project.getId()).thenReturn(2L);
      when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, anna))
          .thenReturn(true);
      when(settingsStore.load()).thenReturn(Settings.capped(100));

      assertThat(source.load(ACME, WINDOW)).isEqualTo(AccountRows.empty());
      verifyNoInteractions(cache);
    }
  }

  @Nested
  @DisplayName("for an account project the user may browse")
  class Readable {

    private AdminSettings settings;

    @BeforeEach
    void anAccountProject() {
      when(projectManager.getProjectObjByKey("ACME")).thenReturn(project);
      when(project.getId()).thenReturn(1L);
      settings = Settings.capped(100);
      when(settingsStore.load()).thenReturn(settings);
      when(itemsStore.load()).thenReturn(Setup.installed());
      when(stamps.of(1L)).thenReturn("s1");
    }

    @Test
    void givesTheCachedRowsOfTheProjectUserWindowAndStamp() {
      when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, anna))
          .thenReturn(true);
      when(anna.getKey()).thenReturn("anna");
      RowsKey key =
          new RowsKey(
              1,
              "ACME",
              "anna",
              "s1",
              WINDOW.first(),
              WINDOW.last(),
              Objects.hash(settings, Setup.installed()));
      when(cache.rows(key)).thenReturn(ROWS);

      assertThat(source.load(ACME, WINDOW)).isSameAs(ROWS);
    }

    @Test
    void keepsAnAnonymousUsersRowsUnderAnEmptyUserKey() {
      when(authenticationContext.getLoggedInUser()).thenReturn(null);
      when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, null))
          .thenReturn(true);
      when(cache.rows(any())).thenAnswer(call -> keyed(call.getArgument(0)));

      assertThat(source.load(ACME, WINDOW).goals()).isEmpty();
    }

    private AccountRows keyed(RowsKey key) {
      assertThat(key.userKey()).isEmpty();
      return ROWS;
    }
  }

  @Test
  void aUserWithoutAKeyIsKeptApartLikeAnAnonymousOne() {
    assertThat(JiraAccountRowSource.keyOf(anna)).isEmpty();
    assertThat(JiraAccountRowSource.keyOf(null)).isEmpty();
  }
}
