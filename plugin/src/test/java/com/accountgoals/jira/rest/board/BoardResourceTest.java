package com.accountgoals.jira.rest.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.port.AccountRowSource;
import com.accountgoals.core.port.ProjectAccess;
import com.accountgoals.core.port.Today;
import com.accountgoals.core.qbr.BoardSettings;
import com.accountgoals.core.qbr.QbrBoards;
import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.trajectory.HealthTolerance;
import com.accountgoals.jira.rest.AccountServices;
import com.accountgoals.jira.rest.error.RestProblem;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.SettingsBuilder;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("GET board")
class BoardResourceTest {

  private static final SampleAccount ACME = SampleAccounts.acme();
  private static final HealthTolerance STRICT = new HealthTolerance(0.0, 0.01);

  @Mock private AccountRowSource rows;
  @Mock private ProjectAccess access;
  @Mock private AdminSettingsStore settingsStore;
  @Mock private Today today;

  private BoardResource resource;

  @BeforeEach
  void aResource() {
    resource = new BoardResource(new AccountServices(rows, access, settingsStore, today));
    lenient().when(today.date()).thenReturn(ACME.today());
    lenient()
        .when(settingsStore.load())
        .thenReturn(
            SettingsBuilder.settings()
                .projects(List.of(1L))
                .cap(100)
                .month(Month.OCTOBER)
                .tolerance(STRICT)
                .build());
  }

  @Test
  void givesTheBoardOfTheQuarterAskedForWithTheAdministratorsTolerance() {
    when(access.canSee(ACME.project())).thenReturn(true);
    when(rows.load(any(), any())).thenReturn(ACME.rows());
    FiscalCalendar october = FiscalCalendar.startingIn(Month.OCTOBER);

    BoardJson board = resource.board("ACME", "2027-Q2");

    assertThat(board)
        .isEqualTo(
            BoardMapper.toJson(
                QbrBoards.build(
                    ACME.project(),
                    ACME.rows(),
                    october.parse("2027-Q2"),
                    ACME.today(),
                    new BoardSettings(STRICT, BoardSettings.DEFAULT.achievability(), 20))));
  }

  @Test
  void withoutAQuarterGivesTheCurrentOneOfTheFiscalYear() {
    when(access.canSee(ACME.project())).thenReturn(true);
    when(rows.load(any(), any())).thenReturn(ACME.rows());

    BoardJson board = resource.board("ACME", " ");

    assertThat(board.quarter().firstDay()).isEqualTo("2026-10-01");
    assertThat(board.quarter().name())
        .isEqualTo(FiscalCalendar.startingIn(Month.OCTOBER).quarterOf(ACME.today()).toString());
  }

  @Test
  void aProjectTheCallerMayNotSeeIsTheOne404AndNothingIsRead() {
    RestProblem problem =
        catchThrowableOfType(() -> resource.board("SECRET", null), RestProblem.class);

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.code()).isEqualTo(RestProblem.NOT_FOUND);
    verifyNoInteractions(rows);
  }

  @Test
  void aBadQuarterIsA400BeforeAnythingIsChecked() {
    RestProblem problem =
        catchThrowableOfType(() -> resource.board("ACME", "2026-Q5"), RestProblem.class);

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo("invalid-quarter");
    assertThat(problem.messageKey()).isEqualTo("account-goals.quarter.error.format");
    assertThat(problem.arguments()).containsExactly("2026-Q5");
    verifyNoInteractions(access, rows);
  }

  @Test
  void aBadOrMissingProjectIsA400() {
    RestProblem bad = catchThrowableOfType(() -> resource.board("a b", null), RestProblem.class);
    RestProblem missing = catchThrowableOfType(() -> resource.board(null, null), RestProblem.class);

    assertThat(bad.code()).isEqualTo("invalid-project-key");
    assertThat(bad.messageKey()).isEqualTo("account-goals.goal.error.project-key-format");
    assertThat(missing.code()).isEqualTo("invalid-project-key");
    assertThat(missing.messageKey()).isEqualTo("account-goals.rest.error.project-missing");
    assertThat(missing.status()).isEqualTo(400);
    verifyNoInteractions(access, rows);
  }
}
