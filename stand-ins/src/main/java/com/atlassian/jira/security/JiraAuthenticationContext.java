package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * Stand-in for the calling user's context ({@code @PublicApi}): the app takes the user's {@link
 * I18nHelper} from it to translate errors.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html
 * and
 * https://docs.atlassian.com/jira/4.0/com/atlassian/jira/security/JiraAuthenticationContext.html
 * ({@code getI18nHelper()} since 4.0); {@code ApplicationUser getLoggedInUser()} (null when
 * anonymous) is called by alanmosely/jira-watcher-field-plugin, built against jira-api 10.3.0.
 */
public interface JiraAuthenticationContext {

  I18nHelper getI18nHelper();

  ApplicationUser getLoggedInUser();
}
