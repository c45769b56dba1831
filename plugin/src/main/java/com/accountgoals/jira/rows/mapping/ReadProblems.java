package com.accountgoals.jira.rows.mapping;

import com.accountgoals.core.goal.IssueKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What went wrong while one board was read: the issues read only in part, and why. Collected during
 * the read and logged once at its end, so a thousand issues with the same problem make one log
 * line, not a thousand. Not shared between boards.
 */
public final class ReadProblems {

  private static final Logger log = LoggerFactory.getLogger(ReadProblems.class);

  /** How many details one log line names before it only counts. */
  static final int DETAILS_LOGGED = 20;

  private final String board;
  private final Set<IssueKey> partlyRead = new TreeSet<>();
  private final Set<String> boardProblems = new LinkedHashSet<>();
  private final List<String> details = new ArrayList<>();
  private int detailCount;

  /** Problems of the board of {@code board} (a project key, for the log). */
  public ReadProblems(String board) {
    this.board = board;
  }

  /** {@code issue} could be read only in part, because of {@code what}. */
  public void partlyRead(IssueKey issue, String what) {
    partlyRead.add(issue);
    detailCount++;
    if (details.size() < DETAILS_LOGGED) {
      details.add(issue + ": " + what);
    }
  }

  /** A problem of the whole board, such as a field setup has not created; reported once. */
  public void ofTheBoard(String what) {
    boardProblems.add(what);
  }

  /** The issues read only in part, sorted. */
  public List<IssueKey> partlyReadIssues() {
    return List.copyOf(partlyRead);
  }

  /** Logs what went wrong, once for the whole board, and returns the lines written. */
  public List<String> log() {
    List<String> lines = logLines();
    for (String line : lines) {
      log.warn(line);
    }
    return lines;
  }

  /** The lines {@link #log()} writes: the board's problems, then the issues read in part. */
  List<String> logLines() {
    List<String> lines = new ArrayList<>(2);
    if (!boardProblems.isEmpty()) {
      lines.add("Board of " + board + ": " + String.join("; ", boardProblems));
    }
    if (!details.isEmpty()) {
      String more =
          detailCount > details.size() ? " (and " + (detailCount - details.size()) + " more)" : "";
      lines.add(
          "Board of "
              + board
              + ": "
              + partlyRead.size()
              + " issues read only in part: "
              + String.join("; ", details)
              + more);
    }
    return lines;
  }
}
