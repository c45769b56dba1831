package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/**
 * Stand-in for Jira's collection of field errors and general error messages ({@code @PublicApi}).
 *
 * <p>Mirrors the 6.x jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/util/ErrorCollection.html (7.x). Only
 * the members the app uses are declared.
 */
public interface ErrorCollection {

  void addError(String field, String message);

  void addErrorMessage(String message);

  boolean hasAnyErrors();

  Map<String, String> getErrors();

  Collection<String> getErrorMessages();
}
