package com.atlassian.jira.util;

import java.util.Locale;

/**
 * Stand-in for Jira's translator of i18n keys ({@code @PublicApi}).
 *
 * <p>Mirrors the 6.x jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/util/I18nHelper.html (7.x). There is no
 * varargs {@code getText}: several arguments go into one {@code Object[]} passed to {@link
 * #getText(String, Object)}.
 */
public interface I18nHelper {

  Locale getLocale();

  String getText(String key);

  String getText(String key, Object parameters);

  /**
   * Stand-in for Jira's factory of translators per language, a nested interface Jira registers as a
   * component. Mirrors
   * https://docs.atlassian.com/jira/server/com/atlassian/jira/util/I18nHelper.BeanFactory.html
   * (7.x); imported as a component by plugins and taken by Jira's own services (6.x source).
   */
  interface BeanFactory {

    I18nHelper getInstance(Locale locale);
  }
}
