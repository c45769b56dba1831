package com.accountgoals.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.catalogue.AppField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The Jira field type and searcher of each field")
class FieldTypesTest {

  @ParameterizedTest
  @CsvSource({
    "GOAL_LEVEL, select, multiselectsearcher",
    "KPI, multicheckboxes, multiselectsearcher",
    "TARGET, float, numberrange",
    "BASELINE_DATE, datepicker, daterange",
    "UNIT, textfield, textsearcher"
  })
  void jirasOwnTypesCarryTheValuesJiraCanCarry(AppField field, String type, String searcher) {
    assertThat(FieldTypes.typeKey(field))
        .isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:" + type);
    assertThat(FieldTypes.searcherKey(field))
        .isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:" + searcher);
    assertThat(FieldTypes.isAppType(field)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "TRAFFIC_LIGHT, traffic-light, traffic-light-searcher",
    "HEALTH, goal-health, goal-health-searcher"
  })
  void theAppsOwnTypesAreItsModules(AppField field, String type, String searcher) {
    assertThat(FieldTypes.typeKey(field)).isEqualTo("com.accountgoals.jira:" + type);
    assertThat(FieldTypes.searcherKey(field)).isEqualTo("com.accountgoals.jira:" + searcher);
    assertThat(FieldTypes.isAppType(field)).isTrue();
  }

  @Test
  void theCalculatedProgressIsTheAppsTypeSearchedWithJirasNumberRange() {
    assertThat(FieldTypes.typeKey(AppField.PROGRESS))
        .isEqualTo("com.accountgoals.jira:goal-progress");
    assertThat(FieldTypes.searcherKey(AppField.PROGRESS))
        .isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:numberrange");
    assertThat(FieldTypes.isAppType(AppField.PROGRESS)).isTrue();
  }

  @Test
  void theTrafficLightKeysAreThoseOfTheDescriptor() {
    assertThat(FieldTypes.APP).isEqualTo("com.accountgoals.jira:");
  }
}
