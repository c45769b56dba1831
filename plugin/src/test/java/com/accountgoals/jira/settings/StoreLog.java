package com.accountgoals.jira.settings;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.slf4j.Logger;

/** A mocked store logger and what tests check of it: the warnings about unreadable values. */
final class StoreLog {

  final Logger logger = mock(Logger.class);

  /** The store warned that {@code key} holds the unreadable {@code value}. */
  void warned(String key, Object value) {
    verify(logger).warn(anyString(), eq(key), eq(value));
  }

  /** The store warned about nothing. */
  void quiet() {
    verify(logger, never()).warn(anyString(), (Object) any(), any());
  }
}
