package com.accountgoals.core.port;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.quarter.DateWindow;

/**
 * Where core gets the rows of an account: Jira in the plugin, a seeded demo account in the preview,
 * {@link InMemoryAccountRowSource} in tests.
 *
 * <p>The contract, so that every implementation returns the same rows:
 *
 * <ul>
 *   <li>goals: every goal and milestone of the project, whatever its date. Accounts have few goals
 *       and the trajectory of a business goal needs all its milestones, also the early ones; and,
 *       following the alignment links upward, the goals outside the project that they support (a
 *       company-goals project's), as far as the user may see them;
 *   <li>actions: those due within the window, open or closed, plus every open action due before it
 *       (the plan carries them over) and every open action without a due date (the plan lists them
 *       apart). The window is the plan's, {@link
 *       com.accountgoals.core.plan.RollingPlan#windowFor(java.time.LocalDate)}: the current month
 *       and the next two. The plan built from these rows is the plan built from all of them.
 *       Dropped actions may come along: the plan leaves them out.
 * </ul>
 *
 * Implementations return only what the calling user may see, and an empty result for a project that
 * does not exist or is not an account project: core cannot tell the two apart.
 */
public interface AccountRowSource {

  /** The rows of {@code project} that matter for {@code window}. */
  AccountRows load(ProjectKey project, DateWindow window);
}
