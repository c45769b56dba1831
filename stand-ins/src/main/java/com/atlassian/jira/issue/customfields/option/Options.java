package com.atlassian.jira.issue.customfields.option;

import java.util.List;

/**
 * Stand-in for the options of a field configuration: a {@code List<Option>} ({@code @PublicApi}).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/option/Options.html
 * (7.x) and the 6.3 source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/option/Options.java);
 * the app only reads it as a list.
 */
public interface Options extends List<Option> {}
