package com.atlassian.jira.config;

import com.atlassian.jira.issue.resolution.Resolution;
import java.util.List;

/**
 * Stand-in for Jira's resolution manager ({@code @PublicApi}): all resolutions, to propose which
 * ones mean dropped.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/config/DefaultResolutionManager.html
 * (7.x, implementing {@code ResolutionManager}): {@code List<Resolution> getResolutions()}.
 */
public interface ResolutionManager {

  List<Resolution> getResolutions();
}
