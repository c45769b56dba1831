package com.atlassian.jira.issue.fields.screen;

/**
 * Stand-in for one entry of a screen scheme.
 *
 * <p>{@code getFieldScreen()} called by a plugin built against jira-api 11.3.6 and 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/customfields/CustomFieldProvisioner.java);
 * 6.3 source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/screen/FieldScreenSchemeItem.java).
 *
 * <p>Jira 7.x Javadoc:
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/screen/FieldScreenSchemeItem.html
 * (kind and package; the members are confirmed by the code above).
 */
public interface FieldScreenSchemeItem {

  FieldScreen getFieldScreen();
}
