package com.accountgoals.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssueKeyTest {

  @Test
  void knowsItsProjectAndNumber() {
    IssueKey key = IssueKey.of("ACME-42");

    assertThat(key.project()).isEqualTo(ProjectKey.of("ACME"));
    assertThat(key.number()).isEqualTo(42);
  }

  @Test
  void ordersByIssueNumberNotByText() {
    assertThat(IssueKey.of("ACME-9")).isLessThan(IssueKey.of("ACME-10"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ACME", "acme-1", "ACME-", "-1", "ACME-01", "ACME-1a", "1CME-1"})
  void refusesWhatIsNotAnIssueKey(String text) {
    assertThatThrownBy(() -> IssueKey.of(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("account-goals.goal.error.key-format");
              assertThat(e.arguments()).containsExactly(text);
            });
  }

  @Test
  void refusesALowerCaseProjectKey() {
    assertThatThrownBy(() -> ProjectKey.of("acme"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.messageKey())
                    .isEqualTo("account-goals.goal.error.project-key-format"));
  }
}
