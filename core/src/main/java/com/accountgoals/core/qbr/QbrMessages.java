package com.accountgoals.core.qbr;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the errors of the board. */
public enum QbrMessages implements MessageKey {
  LIST_LIMIT("qbr.error.list-limit"),
  /** The board shows only part of the account: the source stopped at its cap ({0}). */
  CAP_REACHED("qbr.notice.cap-reached"),
  /** Some issues ({0}, listed in {1}) were read only in part; the log says why. */
  PARTLY_READ("qbr.notice.partly-read");

  private final String key;

  QbrMessages(String suffix) {
    this.key = PREFIX + suffix;
  }

  @Override
  public String key() {
    return key;
  }
}
