package com.atlassian.jira.project;

/**
 * Stand-in for Jira's project manager ({@code @PublicApi}).
 *
 * <p>Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/project/ProjectManager.html
 * (7.x) and the 6.3 source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/ProjectManager.java).
 */
public interface ProjectManager {

  Project getProjectObj(Long id);

  /** Null when there is none; 7.x. */
  Project getProjectObjByKey(String projectKey);
}
