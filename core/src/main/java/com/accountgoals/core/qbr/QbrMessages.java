package com.accountgoals.core.qbr;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the errors of the board. */
public enum QbrMessages implements MessageKey {
  LIST_LIMIT("qbr.error.list-limit");

  private final String key;

  QbrMessages(String suffix) {
    this.key = PREFIX + suffix;
  }

  @Override
  public String key() {
    return key;
  }
}
