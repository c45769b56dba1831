package com.accountgoals.jira.admin;

import com.accountgoals.jira.setup.SetupMessage;
import java.util.List;

/**
 * A message at the top of the admin page, in one of AUI's message types.
 *
 * @param type {@code success}, {@code info}, {@code warning} or {@code error} (AUI's {@code
 *     aui-message-*} classes)
 * @param message the sentence
 * @param details lines listed under it (what changed, what stood in the way)
 */
public record Notice(String type, SetupMessage message, List<SetupMessage> details) {

  public Notice {
    details = List.copyOf(details);
  }

  static Notice success(SetupMessage message, List<SetupMessage> details) {
    return new Notice("success", message, details);
  }

  static Notice error(SetupMessage message, List<SetupMessage> details) {
    return new Notice("error", message, details);
  }
}
