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
  void acceptsAProjectKeyOfOneLetter() {
    assertThat(IssueKey.of("A-1").project()).isEqualTo(ProjectKey.of("A"));
  }

  @Test
  void acceptsAnIssueNumberOfEighteenDigits() {
    assertThat(IssueKey.of("ACME-999999999999999999").number()).isEqualTo(999_999_999_999_999_999L);
  }

  @Test
  void refusesAnIssueNumberOfNineteenDigits() {
    assertThatThrownBy(() -> IssueKey.of("ACME-1000000000000000000"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void acceptsTheLargestIssueNumberGivenAsANumber() {
    assertThat(IssueKey.of(ProjectKey.of("ACME"), 999_999_999_999_999_999L).value())
        .isEqualTo("ACME-999999999999999999");
  }

  @Test
  void refusesAnIssueNumberAboveEighteenDigitsGivenAsANumber() {
    assertThatThrownBy(() -> IssueKey.of(ProjectKey.of("ACME"), 1_000_000_000_000_000_000L))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.arguments()).containsExactly("ACME-1000000000000000000"));
  }

  @Test
  void acceptsAProjectKeyOf255Characters() {
    String longest = "A".repeat(255);

    assertThat(ProjectKey.of(longest).value()).isEqualTo(longest);
  }

  @Test
  void refusesAProjectKeyOf256Characters() {
    assertThatThrownBy(() -> ProjectKey.of("A".repeat(256)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void refusesAProjectKeyWithALowerCaseLetterAfterTheFirst() {
    assertThatThrownBy(() -> ProjectKey.of("ACmE"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.arguments()).containsExactly("ACmE"));
  }

  @Test
  void aProjectKeyReadsAsJiraWritesIt() {
    assertThat(ProjectKey.of("ACME_2")).hasToString("ACME_2");
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
