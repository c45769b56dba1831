package com.atlassian.jira.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stand-in for Jira's plain {@link ErrorCollection} implementation, with its public no-argument
 * constructor.
 *
 * <p>Mirrors the 6.x jira-api source of {@code com.atlassian.jira.util.SimpleErrorCollection} and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/util/SimpleErrorCollection.html (7.x).
 * The bodies keep errors in memory, which is what Jira's class does, so that unit tests can read
 * back what the app reported.
 */
public class SimpleErrorCollection implements ErrorCollection {

  private final Map<String, String> errors = new LinkedHashMap<>();
  private final Collection<String> errorMessages = new ArrayList<>();

  public SimpleErrorCollection() {}

  @Override
  public void addError(String field, String message) {
    errors.put(field, message);
  }

  @Override
  public void addErrorMessage(String message) {
    errorMessages.add(message);
  }

  @Override
  public boolean hasAnyErrors() {
    return !errors.isEmpty() || !errorMessages.isEmpty();
  }

  @Override
  public Map<String, String> getErrors() {
    return errors;
  }

  @Override
  public Collection<String> getErrorMessages() {
    return errorMessages;
  }
}
