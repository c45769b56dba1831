package com.accountgoals.jira.setup;

import com.accountgoals.jira.catalogue.AppField;

/**
 * The Jira custom field type and searcher of each app field. Jira's own types wherever they carry
 * the value, so that JQL works without the app: the keys are those of Jira's {@code
 * system-customfieldtypes} plugin ({@code select}, {@code multicheckboxes}, {@code float}, {@code
 * datepicker}, {@code textfield}), with the searchers Jira's REST API pairs with them (its custom
 * field definition lists {@code select} and {@code multicheckboxes} with {@code
 * multiselectsearcher}, {@code float} with {@code exactnumber} or {@code numberrange}, {@code
 * datepicker} with {@code daterange}, {@code textfield} with {@code textsearcher}; the keys as
 * enumerated in https://mrrefactoring.github.io/jira.js/api/functions/cloud.createCustomField.html,
 * see {@code shared/jira-platform.md} §3.3). The app's own types and searchers are the modules of
 * its descriptor; the calculated progress is searched with Jira's {@code numberrange}.
 */
final class FieldTypes {

  static final String SYSTEM = "com.atlassian.jira.plugin.system.customfieldtypes:";
  static final String APP = "com.accountgoals.jira:";

  private FieldTypes() {}

  /** The full key of the field's custom field type. */
  static String typeKey(AppField field) {
    return switch (field) {
      case TRAFFIC_LIGHT -> APP + "traffic-light";
      case PROGRESS -> APP + "goal-progress";
      case HEALTH -> APP + "goal-health";
      default ->
          SYSTEM
              + switch (field.kind()) {
                case SELECT -> "select";
                case CHECKBOXES -> "multicheckboxes";
                case NUMBER -> "float";
                case DATE -> "datepicker";
                default -> "textfield";
              };
    };
  }

  /** The full key of the searcher that makes the field searchable with JQL. */
  static String searcherKey(AppField field) {
    return switch (field) {
      case TRAFFIC_LIGHT -> APP + "traffic-light-searcher";
      // The app's calculated number names Jira's number-range searcher as a valid searcher in
      // its descriptor, so that Jira's own number indexer and range queries serve it.
      case PROGRESS -> SYSTEM + "numberrange";
      case HEALTH -> APP + "goal-health-searcher";
      default ->
          SYSTEM
              + switch (field.kind()) {
                case SELECT, CHECKBOXES -> "multiselectsearcher";
                case NUMBER -> "numberrange";
                case DATE -> "daterange";
                default -> "textsearcher";
              };
    };
  }

  /** Whether the field's type is one of the app's own, which may not be installed yet. */
  static boolean isAppType(AppField field) {
    return typeKey(field).startsWith(APP);
  }
}
