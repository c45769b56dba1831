package com.accountgoals.jira.rows.fakes;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import com.accountgoals.jira.catalogue.AppField;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.history.ChangeItemBean;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/** Change groups of an issue, as Jira's change history manager returns them. */
public final class ChangeGroups {

  private ChangeGroups() {}

  /** A change group of {@code issueId} made by {@code author} at {@code when}. */
  public static ChangeHistory change(
      long groupId, long issueId, LocalDateTime when, String author, ChangeItemBean... items) {
    Timestamp time = Timestamp.valueOf(when);
    List<ChangeItemBean> changed = List.of(items);
    // Answers by method name rather than by stubbing: the benchmark makes tens of thousands.
    return mock(
        ChangeHistory.class,
        withSettings()
            .stubOnly()
            .defaultAnswer(
                call ->
                    switch (call.getMethod().getName()) {
                      case "getId" -> groupId;
                      case "getIssueId" -> issueId;
                      case "getTimePerformed" -> time;
                      case "getAuthorDisplayName" -> author;
                      case "getChangeItemBeans" -> changed;
                      default -> null;
                    }));
  }

  /** A change of the number field {@code field} from {@code from} to {@code to} (null: unset). */
  public static ChangeItemBean number(AppField field, String from, String to) {
    return new ChangeItemBean(
        ChangeItemBean.CUSTOM_FIELD, Setup.field(field).getName(), from, from, to, to, null);
  }

  /** A change of the text field {@code field} to {@code to}. */
  public static ChangeItemBean text(AppField field, String to) {
    return new ChangeItemBean(
        ChangeItemBean.CUSTOM_FIELD, Setup.field(field).getName(), null, null, null, to, null);
  }
}
