package com.accountgoals.jira.setup;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.util.I18nHelper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates or finds, once for the whole cluster, what the app needs in Jira: the Goal and Milestone
 * issue types, the app's fields with contexts limited to those two types (and their options), and
 * the alignment link type. Idempotent: it runs under a cluster lock, reuses what exists (by the
 * recorded id, then by name and type), records every id as it goes, and never changes or deletes an
 * item that is not the app's.
 */
public final class GlobalSetup {

  /** The cluster lock's name: two nodes enabling the app at once create each item once. */
  static final String LOCK_NAME = "com.accountgoals.jira.setup";

  /** How long a run waits for another node's run to finish. */
  static final long LOCK_WAIT_SECONDS = 120;

  private static final Logger LOG = LoggerFactory.getLogger(GlobalSetup.class);

  private final ClusterLockService lockService;
  private final InstalledItemsStore installedItems;
  private final IssueTypeSetup issueTypes;
  private final FieldSetup fields;
  private final LinkTypeSetup linkType;
  private final I18nHelper.BeanFactory i18n;
  private final ApplicationProperties applicationProperties;

  public GlobalSetup(
      ClusterLockService lockService,
      InstalledItemsStore installedItems,
      IssueTypeSetup issueTypes,
      FieldSetup fields,
      LinkTypeSetup linkType,
      I18nHelper.BeanFactory i18n,
      ApplicationProperties applicationProperties) {
    this.lockService = lockService;
    this.installedItems = installedItems;
    this.issueTypes = issueTypes;
    this.fields = fields;
    this.linkType = linkType;
    this.i18n = i18n;
    this.applicationProperties = applicationProperties;
  }

  /** Runs setup under the cluster lock and says what it did. */
  public SetupReport run() {
    ClusterLock lock = lockService.getLockForName(LOCK_NAME);
    try {
      if (!lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn(
            "Setup not run: another node held the lock {} for {} s", LOCK_NAME, LOCK_WAIT_SECONDS);
        return SetupReport.onlyNotice(SetupMessage.of("account-goals.setup.busy"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn("Setup not run: interrupted while waiting for the lock {}", LOCK_NAME);
      return SetupReport.onlyNotice(SetupMessage.of("account-goals.setup.busy"));
    }
    try {
      return runLocked();
    } finally {
      lock.unlock();
    }
  }

  private SetupReport runLocked() {
    Texts texts = Texts.forJira(i18n, applicationProperties);
    Recorder recorder = new Recorder(installedItems);
    SetupReport.Builder report = new SetupReport.Builder();
    List<IssueType> types = new ArrayList<>();
    for (AppIssueType type : AppIssueType.values()) {
      issueTypes.ensure(type, texts, recorder, report).ifPresent(types::add);
    }
    if (types.size() == AppIssueType.values().length) {
      for (AppField field : AppField.values()) {
        fields.ensure(field, types, texts, recorder, report);
      }
    } else {
      // A field context without issue types would apply to every type: never create one.
      LOG.warn("Fields not set up: the Goal and Milestone issue types are not both available");
      report.notice(SetupMessage.of("account-goals.setup.field.notypes"));
    }
    linkType.ensure(texts, recorder, report);
    SetupReport done = report.build();
    LOG.info(
        "Setup done: {} created, {} reused, {} clashes, {} not available, {} notices",
        done.created().size(),
        done.reused().size(),
        done.clashes().size(),
        done.unavailable().size(),
        done.notices().size());
    return done;
  }
}
