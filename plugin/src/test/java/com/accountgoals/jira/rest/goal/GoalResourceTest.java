package com.accountgoals.jira.rest.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.accountgoals.core.detail.GoalDetails;
import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.port.AccountRowSource;
import com.accountgoals.core.port.ProjectAccess;
import com.accountgoals.core.port.Today;
import com.accountgoals.core.qbr.BoardSettings;
import com.accountgoals.core.trajectory.HealthTolerance;
import com.accountgoals.jira.rest.AccountServices;
import com.accountgoals.jira.rest.error.RestProblem;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.SettingsBuilder;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("GET goals/{issueKey}")
class GoalResourceTest {

  private static final SampleAccount ACME = SampleAccounts.acme();
  private static final HealthTolerance LOOSE = new HealthTolerance(0.5, 0.9);

  @Mock private AccountRowSource rows;
  @Mock private ProjectAccess access;
  @Mock private AdminSettingsStore settingsStore;
  @Mock private Today today;

  private GoalResource resource;

  @BeforeEach
  void aResource() {
    resource = new GoalResource(new AccountServices(rows, access, settingsStore, today));
    lenient().when(today.date()).thenReturn(ACME.today());
    lenient()
        .when(settingsStore.load())
        .thenReturn(
            SettingsBuilder.settings().projects(List.of(1L)).cap(100).tolerance(LOOSE).build());
  }

  @Test
  void givesTheGoalsDetailWithTheAdministratorsTolerance() {
    when(access.canSee(ACME.project())).thenReturn(true);
    when(rows.load(eq(ACME.project()), any())).thenReturn(ACME.rows());

    GoalDetailJson detail = resource.goal("ACME-7");

    BoardSettings settings = new BoardSettings(LOOSE, BoardSettings.DEFAULT.achievability(), 20);
    assertThat(detail)
        .isEqualTo(
            GoalDetailMapper.toJson(
                GoalDetails.of(IssueKey.of("ACME-7"), ACME.rows().goals(), ACME.today(), settings)
                    .orElseThrow()));
    assertThat(detail.health()).isEqualTo("ON_TRACK"); // off track with the default tolerance
  }

  @Test
  void aGoalTheRowsDoNotHoldIsTheOne404() {
    when(access.canSee(ACME.project())).thenReturn(true);
    when(rows.load(eq(ACME.project()), any())).thenReturn(ACME.rows());

    RestProblem problem = catchThrowableOfType(() -> resource.goal("ACME-999"), RestProblem.class);

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.code()).isEqualTo(RestProblem.NOT_FOUND);
  }

  @Test
  void aGoalOfAProjectTheCallerMayNotSeeIsTheOne404AndNothingIsRead() {
    RestProblem problem = catchThrowableOfType(() -> resource.goal("SECRET-1"), RestProblem.class);

    assertThat(problem.status()).isEqualTo(404);
    verifyNoInteractions(rows);
  }

  @Test
  void aBadIssueKeyIsA400() {
    RestProblem problem = catchThrowableOfType(() -> resource.goal("ACME-0"), RestProblem.class);

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo("invalid-issue-key");
    assertThat(problem.messageKey()).isEqualTo("account-goals.goal.error.key-format");
    verifyNoInteractions(access, rows);
  }
}
