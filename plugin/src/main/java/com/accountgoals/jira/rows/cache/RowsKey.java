package com.accountgoals.jira.rows.cache;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a board's rows depend on: the project and its stamp, the calling user (so that rows stay
 * filtered by their permissions), the window of the plan, and the settings and setup they were read
 * with. Serializable, as atlassian-cache asks of keys of clustered caches.
 *
 * @param projectId the project's id
 * @param projectKey the project's key, for the log
 * @param userKey the calling user's key; empty for an anonymous user
 * @param stamp the project's stamp when the rows were asked for
 * @param first the window's first day
 * @param last the window's last day
 * @param configuration a hash of the admin settings and the installed items the rows were read with
 */
public record RowsKey(
    long projectId,
    String projectKey,
    String userKey,
    String stamp,
    LocalDate first,
    LocalDate last,
    int configuration)
    implements Serializable {}
