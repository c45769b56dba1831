package com.accountgoals.core.port;

import com.accountgoals.core.goal.ProjectKey;

/**
 * Whether the calling user may see an account: the check a REST resource makes before it reads
 * anything. The plugin answers with Jira's project permissions and the administrator's account
 * projects; the preview and tests with a fixed set.
 */
@FunctionalInterface
public interface ProjectAccess {

  /**
   * True when {@code project} exists, is an account project and the calling user may browse it.
   * False in every other case, without telling which: nobody learns whether a project exists.
   */
  boolean canSee(ProjectKey project);
}
