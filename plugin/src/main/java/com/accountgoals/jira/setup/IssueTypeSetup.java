package com.accountgoals.jira.setup;

import com.accountgoals.jira.catalogue.AppIssueType;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the Goal and Milestone issue types exist: the recorded one, else one of the same name
 * that is a standard (not sub-task) type, else a new one with the app's own icon ({@link
 * IssueTypeIcons}). A type found by name keeps the icon an administrator gave it. A sub-task type
 * with the name is a clash and stays untouched.
 */
public final class IssueTypeSetup {

  private static final Logger LOG = LoggerFactory.getLogger(IssueTypeSetup.class);

  private final IssueTypeManager issueTypeManager;
  private final IssueTypeIcons icons;

  public IssueTypeSetup(IssueTypeManager issueTypeManager, AvatarManager avatarManager) {
    this.issueTypeManager = issueTypeManager;
    this.icons = new IssueTypeIcons(avatarManager);
  }

  /** The issue type of {@code type} after this step, if there is one. */
  Optional<IssueType> ensure(
      AppIssueType type, Texts texts, Recorder recorder, SetupReport.Builder report) {
    String name = texts.text(type.nameKey());
    Optional<String> recordedId = recorder.items().issueTypeId(type);
    if (recordedId.isPresent()) {
      IssueType recorded = issueTypeManager.getIssueType(recordedId.get());
      if (recorded != null) {
        report.reused(SetupMessage.of("account-goals.setup.issuetype.reused", recorded.getName()));
        return Optional.of(recorded);
      }
      LOG.warn(
          "Issue type {} was recorded with id {}, which no longer exists (deleted by an"
              + " administrator?): looking for it by name, else creating it again",
          type,
          recordedId.get());
      report.notice(
          SetupMessage.of("account-goals.setup.issuetype.deleted", name, recordedId.get()));
    }
    for (IssueType existing : issueTypeManager.getIssueTypes()) {
      if (texts.isNameOf(existing.getName(), type.nameKey())) {
        if (existing.isSubTask()) {
          LOG.warn(
              "Issue type '{}' (id {}) is a sub-task type: not used as the app's {} and not changed",
              existing.getName(),
              existing.getId(),
              type);
          report.clash(SetupMessage.of("account-goals.setup.issuetype.clash", existing.getName()));
          return Optional.empty();
        }
        recorder.issueType(type, existing.getId());
        report.reused(SetupMessage.of("account-goals.setup.issuetype.reused", existing.getName()));
        return Optional.of(existing);
      }
    }
    return create(type, name, texts, recorder, report);
  }

  private Optional<IssueType> create(
      AppIssueType type, String name, Texts texts, Recorder recorder, SetupReport.Builder report) {
    try {
      Long avatarId = icons.avatarFor(type);
      IssueType created =
          issueTypeManager.createIssueType(name, texts.text(type.descriptionKey()), avatarId);
      recorder.issueType(type, created.getId());
      LOG.info("Created issue type '{}' (id {}) as the app's {}", name, created.getId(), type);
      report.created(SetupMessage.of("account-goals.setup.issuetype.created", name));
      return Optional.of(created);
    } catch (RuntimeException e) {
      LOG.error("Jira refused to create the issue type '{}' for the app's {}", name, type, e);
      report.notice(SetupMessage.of("account-goals.setup.issuetype.failed", name, e.getMessage()));
      return Optional.empty();
    }
  }
}
