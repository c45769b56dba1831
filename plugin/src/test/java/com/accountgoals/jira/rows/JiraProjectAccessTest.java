package com.accountgoals.jira.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("Whether the caller may see an account, on Jira")
class JiraProjectAccessTest {

  private static final ProjectKey ACME = ProjectKey.of("ACME");

  @Mock private JiraAuthenticationContext authenticationContext;
  @Mock private ProjectManager projectManager;
  @Mock private PermissionManager permissionManager;
  @Mock private AdminSettingsStore settingsStore;
  @Mock private ApplicationUser anna;
  @Mock private Project project;

  private JiraProjectAccess access;

  @BeforeEach
  void anAccess() {
    access =
        new JiraProjectAccess(
            authenticationContext, projectManager, permissionManager, settingsStore);
  }

  private void acmeExistsAndAnnaMayBrowseIt(boolean mayBrowse) {
    when(projectManager.getProjectObjByKey("ACME")).thenReturn(project);
    when(authenticationContext.getLoggedInUser()).thenReturn(anna);
    when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, anna))
        .thenReturn(mayBrowse);
  }

  private static AdminSettings accountProjects(Long... ids) {
    return SettingsBuilder.settings().projects(List.of(ids)).cap(100).build();
  }

  @Test
  void seesAnAccountProjectTheUserMayBrowse() {
    acmeExistsAndAnnaMayBrowseIt(true);
    when(project.getId()).thenReturn(10_000L);
    when(settingsStore.load()).thenReturn(accountProjects(10_000L));

    assertThat(access.canSee(ACME)).isTrue();
  }

  @Test
  void doesNotSeeAProjectThatIsNoAccountProject() {
    acmeExistsAndAnnaMayBrowseIt(true);
    when(project.getId()).thenReturn(10_000L);
    when(settingsStore.load()).thenReturn(accountProjects(10_001L));

    assertThat(access.canSee(ACME)).isFalse();
  }

  @Test
  void doesNotSeeAProjectTheUserMayNotBrowse() {
    acmeExistsAndAnnaMayBrowseIt(false);

    assertThat(access.canSee(ACME)).isFalse();
  }

  @Test
  void doesNotSeeAProjectThatDoesNotExist() {
    assertThat(access.canSee(ACME)).isFalse();
  }
}
