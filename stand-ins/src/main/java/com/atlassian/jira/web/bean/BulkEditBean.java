package com.atlassian.jira.web.bean;

/**
 * Stand-in for Jira's bulk edit state; an interface since Jira 4.3. Only named in signatures.
 *
 * <p>Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/web/bean/BulkEditBean.html
 * (7.x) and the 6.x jira-api source.
 */
public interface BulkEditBean {}
