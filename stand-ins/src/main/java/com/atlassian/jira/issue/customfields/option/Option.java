package com.atlassian.jira.issue.customfields.option;

/**
 * Stand-in for one option of a select or check-box field ({@code @PublicApi}).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/option/Option.html
 * (7.x) and the 6.3 source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/option/Option.java).
 * The row source reads only its id; setup also reads its value.
 */
public interface Option {

  Long getOptionId();

  String getValue();
}
