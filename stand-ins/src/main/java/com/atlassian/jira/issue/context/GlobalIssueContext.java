package com.atlassian.jira.issue.context;

/**
 * Stand-in for the global issue context ({@code @PublicApi}): every project. Jira's class extends
 * {@code AbstractJiraContext} (which implements {@link JiraContextNode}); the stand-in implements
 * the interface directly. {@link #getInstance()} returns a real instance, so that unit tests can
 * call it, as Jira's does.
 *
 * <p>Mirrors the 6.3 jira-api source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/context/GlobalIssueContext.java:
 * {@code public static JiraContextNode getInstance()}, since 6.1) and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/context/GlobalIssueContext.html
 * (7.x).
 */
public class GlobalIssueContext implements JiraContextNode {

  private static final GlobalIssueContext INSTANCE = new GlobalIssueContext();

  private GlobalIssueContext() {}

  public static JiraContextNode getInstance() {
    return INSTANCE;
  }
}
