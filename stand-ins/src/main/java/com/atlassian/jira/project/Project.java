package com.atlassian.jira.project;

/**
 * Stand-in for a Jira project ({@code @PublicApi}); the app reads only its id.
 *
 * <p>Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/project/Project.html (7.x).
 */
public interface Project {

  Long getId();
}
