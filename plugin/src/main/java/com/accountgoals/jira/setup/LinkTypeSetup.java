package com.accountgoals.jira.setup;

import com.accountgoals.jira.catalogue.AppLinkType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the alignment link type ("supports" / "is supported by") exists: the recorded one
 * (found by its id, so an administrator may rename it), else one of the same name with the same
 * outward description, else a new one. A same-named link type that means something else (another
 * outward description, or a system link type) is a clash and stays untouched.
 */
public final class LinkTypeSetup {

  private static final Logger LOG = LoggerFactory.getLogger(LinkTypeSetup.class);

  private final IssueLinkTypeManager linkTypeManager;

  public LinkTypeSetup(IssueLinkTypeManager linkTypeManager) {
    this.linkTypeManager = linkTypeManager;
  }

  void ensure(Texts texts, Recorder recorder, SetupReport.Builder report) {
    String name = texts.text(AppLinkType.NAME_KEY);
    Optional<Long> recordedId = recorder.items().linkTypeId();
    if (recordedId.isPresent()) {
      IssueLinkType recorded = linkTypeManager.getIssueLinkType(recordedId.get());
      if (recorded != null) {
        report.reused(SetupMessage.of("account-goals.setup.linktype.reused", recorded.getName()));
        return;
      }
      LOG.warn(
          "The alignment link type was recorded with id {}, which no longer exists (deleted by an"
              + " administrator?): looking for it by name, else creating it again",
          recordedId.get());
      report.notice(
          SetupMessage.of("account-goals.setup.linktype.deleted", name, recordedId.get()));
    }
    List<IssueLinkType> sameName = new ArrayList<>();
    for (String candidate : texts.names(AppLinkType.NAME_KEY)) {
      sameName.addAll(byName(candidate));
    }
    for (IssueLinkType existing : sameName) {
      if (!existing.isSystemLinkType()
          && texts.isNameOf(existing.getOutward(), AppLinkType.OUTWARD_KEY)) {
        recorder.linkType(existing.getId());
        report.reused(SetupMessage.of("account-goals.setup.linktype.reused", existing.getName()));
        return;
      }
    }
    if (!sameName.isEmpty()) {
      IssueLinkType other = sameName.get(0);
      LOG.warn(
          "Link type '{}' (id {}, outward '{}') has the name of the app's alignment link type but"
              + " another meaning: left as it is",
          other.getName(),
          other.getId(),
          other.getOutward());
      report.clash(
          SetupMessage.of(
              "account-goals.setup.linktype.clash", other.getName(), other.getOutward()));
      return;
    }
    create(name, texts, recorder, report);
  }

  private void create(String name, Texts texts, Recorder recorder, SetupReport.Builder report) {
    try {
      linkTypeManager.createIssueLinkType(
          name, texts.text(AppLinkType.OUTWARD_KEY), texts.text(AppLinkType.INWARD_KEY), null);
    } catch (RuntimeException e) {
      LOG.error("Jira refused to create the alignment link type '{}'", name, e);
      report.notice(SetupMessage.of("account-goals.setup.linktype.failed", name, e.getMessage()));
      return;
    }
    // Jira returns nothing: the new type is found by its name (no other type has it, or setup
    // would have reported a clash above).
    Optional<IssueLinkType> created = byName(name).stream().findFirst();
    if (created.isEmpty()) {
      LOG.error("Created the alignment link type '{}' but cannot find it by its name", name);
      report.notice(SetupMessage.of("account-goals.setup.linktype.failed", name, ""));
      return;
    }
    recorder.linkType(created.get().getId());
    LOG.info("Created the alignment link type '{}' (id {})", name, created.get().getId());
    report.created(SetupMessage.of("account-goals.setup.linktype.created", name));
  }

  private Collection<IssueLinkType> byName(String name) {
    Collection<IssueLinkType> found = linkTypeManager.getIssueLinkTypesByName(name);
    return found == null ? List.of() : found;
  }
}
