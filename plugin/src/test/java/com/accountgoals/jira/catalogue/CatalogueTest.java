package com.accountgoals.jira.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.jira.testing.BundleI18n;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The catalogue of what the app creates")
class CatalogueTest {

  @Nested
  @DisplayName("fields")
  class Fields {

    @Test
    void nameTheirKeysAfterTheirConstantInLowerCaseWithDashes() {
      assertThat(AppField.BASELINE_DATE.nameKey())
          .isEqualTo("account-goals.field.baseline-date.name");
      assertThat(AppField.BASELINE_DATE.descriptionKey())
          .isEqualTo("account-goals.field.baseline-date.description");
    }

    @Test
    void nameAnOptionsKeyAfterTheOptionInLowerCase() {
      assertThat(AppField.DIRECTION.optionKey("KEEP_AT_LEAST"))
          .isEqualTo("account-goals.field.direction.option.keep_at_least");
    }

    @Test
    void refuseAnOptionTheFieldDoesNotHave() {
      assertThatThrownBy(() -> AppField.SCOPE.optionKey("VISION"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SCOPE has no option VISION");
    }

    @Test
    void haveOptionsExactlyWhenTheirKindHasThemOrTheyAreCalculatedChoices() {
      assertThat(AppField.values())
          .allSatisfy(
              field ->
                  assertThat(!field.options().isEmpty())
                      .isEqualTo(
                          field.kind().hasOptions()
                              || field.kind() == FieldKind.CALCULATED_CHOICE));
    }

    @Test
    void keepTheirOptionsInTheOrderShown() {
      assertThat(AppField.GOAL_LEVEL.options())
          .containsExactly("VISION", "RELATIONSHIP", "BUSINESS");
      assertThat(AppField.UNIT.options()).isEmpty();
      assertThat(AppField.KPI.kind()).isEqualTo(FieldKind.CHECKBOXES);
    }
  }

  @Test
  void issueTypesNameTheirKeysAfterTheirConstant() {
    assertThat(AppIssueType.MILESTONE.nameKey())
        .isEqualTo("account-goals.issuetype.milestone.name");
    assertThat(AppIssueType.GOAL.descriptionKey())
        .isEqualTo("account-goals.issuetype.goal.description");
  }

  @Test
  void onlySelectsAndCheckBoxesHaveOptionsThatSetupCreates() {
    assertThat(Arrays.stream(FieldKind.values()).filter(FieldKind::hasOptions))
        .containsExactly(FieldKind.SELECT, FieldKind.CHECKBOXES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "it"})
  void everyNameDescriptionAndOptionIsTranslated(String language) {
    BundleI18n i18n = new BundleI18n(Locale.forLanguageTag(language));
    Stream<String> keys =
        Stream.of(
                Arrays.stream(AppIssueType.values())
                    .flatMap(t -> Stream.of(t.nameKey(), t.descriptionKey())),
                Arrays.stream(AppField.values())
                    .flatMap(
                        f ->
                            Stream.concat(
                                Stream.of(f.nameKey(), f.descriptionKey()),
                                f.options().stream().map(f::optionKey))),
                Stream.of(AppLinkType.NAME_KEY, AppLinkType.OUTWARD_KEY, AppLinkType.INWARD_KEY))
            .flatMap(s -> s);

    List<String> texts = keys.map(i18n::getText).toList();

    assertThat(texts)
        .allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain("account-goals."));
  }
}
