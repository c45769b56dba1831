package com.accountgoals.jira.rest.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.detail.GoalDetail;
import com.accountgoals.core.detail.GoalDetails;
import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.qbr.BoardSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The goal panel as JSON")
class GoalDetailMapperTest {

  private static final SampleAccount ACME = SampleAccounts.acme();

  private static GoalDetailJson of(String key) {
    GoalDetail detail =
        GoalDetails.of(IssueKey.of(key), ACME.rows().goals(), ACME.today(), BoardSettings.DEFAULT)
            .orElseThrow();
    return GoalDetailMapper.toJson(detail);
  }

  @Test
  void aVisionHasNoMetricHealthOrChart() {
    GoalDetailJson vision = of("ACME-1");

    assertThat(vision.goal().level()).isEqualTo("VISION");
    assertThat(vision.goal().baseline()).isNull();
    assertThat(vision.goal().target()).isNull();
    assertThat(vision.goal().unit()).isNull();
    assertThat(vision.health()).isNull();
    assertThat(vision.why()).isNull();
    assertThat(vision.standing()).isNull();
    assertThat(vision.progress()).isNull();
    assertThat(vision.smart().checked()).isFalse();
  }

  @Test
  void aMetMilestoneSaysWhenItWasMet() {
    GoalDetailJson milestone = of("ACME-4");

    assertThat(milestone.outcome()).isEqualTo("MET_ON_TIME");
    assertThat(milestone.metOn()).isEqualTo("2026-10-20");
    assertThat(milestone.supports()).extracting(Parts -> Parts.key()).containsExactly("ACME-3");
  }
}
