package com.atlassian.jira.config.properties;

import java.util.Locale;

/**
 * Stand-in for Jira's application properties ({@code @PublicApi}): the app reads only Jira's
 * default language.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/config/properties/ApplicationProperties.html
 * (7.x) and the 6.3 source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/config/properties/ApplicationProperties.java).
 */
public interface ApplicationProperties {

  Locale getDefaultLocale();
}
