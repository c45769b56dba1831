package com.accountgoals.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.goal.IssueKey;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("How complete a source's rows are")
class CompletenessTest {

  @Nested
  @DisplayName("a source that read everything")
  class Everything {

    @Test
    void isCompleteWithoutACap() {
      Completeness complete = Completeness.complete();

      assertThat(complete.isComplete()).isTrue();
      assertThat(complete.cap()).isZero();
      assertThat(complete.partlyRead()).isEmpty();
    }

    @Test
    void isCompleteWhenItHasACapItDidNotReach() {
      assertThat(new Completeness(10_000, false, List.of()).isComplete()).isTrue();
    }
  }

  @Nested
  @DisplayName("a source that left something out")
  class LeftOut {

    @Test
    void isNotCompleteWhenItStoppedAtItsCap() {
      Completeness capped = new Completeness(500, true, List.of());

      assertThat(capped.isComplete()).isFalse();
      assertThat(capped.cap()).isEqualTo(500);
    }

    @Test
    void isNotCompleteWhenAnIssueWasReadOnlyInPart() {
      Completeness partly = new Completeness(500, false, List.of(IssueKey.of("ACME-7")));

      assertThat(partly.isComplete()).isFalse();
    }

    @Test
    void listsThePartlyReadIssuesSortedWithoutRepeats() {
      Completeness partly =
          new Completeness(
              0,
              false,
              List.of(IssueKey.of("ACME-10"), IssueKey.of("ACME-9"), IssueKey.of("ACME-10")));

      assertThat(partly.partlyRead())
          .containsExactly(IssueKey.of("ACME-9"), IssueKey.of("ACME-10"));
    }
  }

  @Nested
  @DisplayName("refuses")
  class Refuses {

    @Test
    void aNegativeCap() {
      assertThatThrownBy(() -> new Completeness(-1, false, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cap -1");
    }

    @Test
    void aReachedCapOfZero() {
      assertThatThrownBy(() -> new Completeness(0, true, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cap 0, reached");
    }

    @Test
    void acceptsACapOfOneReached() {
      assertThat(new Completeness(1, true, List.of()).capReached()).isTrue();
    }
  }

  @Test
  void rowsWithoutACompletenessAreComplete() {
    assertThat(new AccountRows(List.of(), List.of()).completeness())
        .isEqualTo(Completeness.complete());
  }
}
