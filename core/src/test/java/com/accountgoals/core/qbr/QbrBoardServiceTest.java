package com.accountgoals.core.qbr;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.port.Completeness;
import com.accountgoals.core.port.InMemoryAccountRowSource;
import com.accountgoals.core.trafficlight.TrafficLight;
import java.util.List;
import org.junit.jupiter.api.Test;

class QbrBoardServiceTest {

  private static final SampleAccount ACME = SampleAccounts.acme();

  @Test
  void buildsTheBoardFromTheRowsTheSourceHoldsAsOfToday() {
    InMemoryAccountRowSource source = ACME.source().with(SampleAccounts.volta().rows());
    QbrBoardService service = new QbrBoardService(source, ACME.fixedToday(), BoardSettings.DEFAULT);

    QbrBoard board = service.board(ACME.project(), ACME.currentQuarter());

    assertThat(board)
        .isEqualTo(
            QbrBoards.build(ACME.project(), ACME.rows(), ACME.currentQuarter(), ACME.today()));
  }

  @Test
  void saysWhenTheSourceStoppedAtItsCapAndWhichIssuesItReadOnlyInPart() {
    Completeness capped = new Completeness(500, true, List.of(IssueKey.of("ACME-7")));
    AccountRows rows =
        new AccountRows(ACME.rows().goals(), ACME.rows().actions(), TrafficLight.none(), capped);
    QbrBoardService service =
        new QbrBoardService((project, window) -> rows, ACME.fixedToday(), BoardSettings.DEFAULT);

    QbrBoard board = service.board(ACME.project(), ACME.currentQuarter());

    assertThat(board.completeness()).isEqualTo(capped);
  }

  @Test
  void aBoardFromCompleteRowsSaysItIsComplete() {
    QbrBoardService service =
        new QbrBoardService(ACME.source(), ACME.fixedToday(), BoardSettings.DEFAULT);

    QbrBoard board = service.board(ACME.project(), ACME.currentQuarter());

    assertThat(board.completeness().isComplete()).isTrue();
  }

  @Test
  void givesAnEmptyBoardForAProjectTheSourceDoesNotKnow() {
    QbrBoardService service =
        new QbrBoardService(ACME.source(), ACME.fixedToday(), BoardSettings.DEFAULT);

    QbrBoard board = service.board(ProjectKey.of("NOPE"), ACME.currentQuarter());

    assertThat(board.goalCount()).isZero();
  }
}
