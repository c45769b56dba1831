package com.atlassian.jira.issue.customfields.impl;

/**
 * Stand-in for Jira's unchecked validation exception of custom field values ({@code @PublicApi}).
 *
 * <p>Mirrors the jira-api source (4.4.3 and 6.x), listed in
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/FieldValidationException.html
 * (7.x). Only the {@code (String)} constructor is confirmed, so only it is declared.
 */
public class FieldValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FieldValidationException(String message) {
    super(message);
  }
}
