package com.accountgoals.osgitest.harness;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/** Turns exceptions from inside the framework into one readable line. */
final class Failures {

  private Failures() {}

  /**
   * The exception's type and message, then each cause whose message the outer one does not already
   * contain (Spring repeats nested messages).
   */
  static String describe(Throwable failure) {
    Throwable top = unwrap(failure);
    List<String> parts = new ArrayList<>();
    String shown = "";
    for (Throwable t = top; t != null && parts.size() < 6; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      if (t == top || !shown.contains(message)) {
        parts.add(t.getClass().getName() + ": " + message);
        shown += message;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return String.join(" <- caused by ", parts);
  }

  static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t instanceof InvocationTargetException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
