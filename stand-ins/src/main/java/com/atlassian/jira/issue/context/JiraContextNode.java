package com.atlassian.jira.issue.context;

/**
 * Stand-in for a node of Jira's context tree (global, project); the app only passes it on. Its
 * super-interfaces and members are not mirrored.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/context/JiraContextNode.html
 * (7.x) and the 6.3 source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/context/JiraContextNode.java).
 */
public interface JiraContextNode {}
