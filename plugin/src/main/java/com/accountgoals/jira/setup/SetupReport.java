package com.accountgoals.jira.setup;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run of the global setup did: the items it created, those it reused, the name clashes it
 * left alone, the items that are not available yet (their field types are not installed), and
 * notices (an item recorded earlier that an administrator deleted, a failure Jira reported).
 *
 * @param created items setup created in this run
 * @param reused items that already existed (recorded earlier, or found by name and type)
 * @param clashes items of another type that carry one of the app's names; never changed
 * @param unavailable items setup cannot create yet
 * @param notices what else an administrator should know
 */
public record SetupReport(
    List<SetupMessage> created,
    List<SetupMessage> reused,
    List<SetupMessage> clashes,
    List<SetupMessage> unavailable,
    List<SetupMessage> notices) {

  public SetupReport {
    created = List.copyOf(created);
    reused = List.copyOf(reused);
    clashes = List.copyOf(clashes);
    unavailable = List.copyOf(unavailable);
    notices = List.copyOf(notices);
  }

  /** A report that says only {@code notice}, e.g. that another node is running setup. */
  public static SetupReport onlyNotice(SetupMessage notice) {
    return new SetupReport(List.of(), List.of(), List.of(), List.of(), List.of(notice));
  }

  /** Whether every item exists as the app's own: nothing clashes, is missing or failed. */
  public boolean isComplete() {
    return clashes.isEmpty() && unavailable.isEmpty() && notices.isEmpty();
  }

  /** Collects the lines of one run. Used by one thread at a time. */
  static final class Builder {
    private final List<SetupMessage> created = new ArrayList<>();
    private final List<SetupMessage> reused = new ArrayList<>();
    private final List<SetupMessage> clashes = new ArrayList<>();
    private final List<SetupMessage> unavailable = new ArrayList<>();
    private final List<SetupMessage> notices = new ArrayList<>();

    void created(SetupMessage message) {
      created.add(message);
    }

    void reused(SetupMessage message) {
      reused.add(message);
    }

    void clash(SetupMessage message) {
      clashes.add(message);
    }

    void unavailable(SetupMessage message) {
      unavailable.add(message);
    }

    void notice(SetupMessage message) {
      notices.add(message);
    }

    SetupReport build() {
      return new SetupReport(created, reused, clashes, unavailable, notices);
    }
  }
}
