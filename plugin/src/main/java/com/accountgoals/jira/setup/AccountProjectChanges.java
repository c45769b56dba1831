package com.accountgoals.jira.setup;

import java.util.List;

/**
 * What making a project an account project changed in Jira, and what stood in the way.
 *
 * @param changes each change made (issue type added to a scheme, field added to a screen)
 * @param problems why something could not be done
 */
public record AccountProjectChanges(List<SetupMessage> changes, List<SetupMessage> problems) {

  public AccountProjectChanges {
    changes = List.copyOf(changes);
    problems = List.copyOf(problems);
  }
}
