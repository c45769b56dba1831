package com.atlassian.jira.project;

/**
 * Stand-in for Jira's project manager ({@code @PublicApi}): finds a project by its key.
 *
 * <p>Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/project/ProjectManager.html
 * (7.x): {@code Project getProjectObjByKey(String projectKey)}, null when there is none.
 */
public interface ProjectManager {

  Project getProjectObjByKey(String projectKey);
}
