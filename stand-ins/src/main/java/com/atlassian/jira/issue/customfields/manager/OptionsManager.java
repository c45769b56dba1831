package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/**
 * Stand-in for Jira's manager of select and check-box options ({@code @PublicApi}).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/manager/OptionsManager.html
 * (7.x) and the 6.3 source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/manager/OptionsManager.java).
 */
public interface OptionsManager {

  Options getOptions(FieldConfig fieldConfig);

  Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);
}
