package com.accountgoals.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.PluginSettingsInstalledItemsStore;
import com.accountgoals.jira.testing.InMemoryPluginSettings;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.icon.IconType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("Global setup")
class GlobalSetupTest {

  private static final Set<String> PROGRESS_AND_HEALTH_MISSING =
      Set.of(FieldTypes.APP + "goal-progress", FieldTypes.APP + "goal-health");
  private static final int APP_FIELDS_WITH_TYPES = AppField.values().length - 2;

  @Mock private ClusterLockService lockService;

  private final JdkClusterLock lock = new JdkClusterLock();
  private final InMemoryPluginSettings settings = new InMemoryPluginSettings();
  private final PluginSettingsInstalledItemsStore store =
      new PluginSettingsInstalledItemsStore(settings);
  private FakeJira jira;

  @BeforeEach
  void aJiraSpeakingEnglishWithoutTheCalculatedFieldTypes() {
    jira = new FakeJira(Locale.ENGLISH, PROGRESS_AND_HEALTH_MISSING);
  }

  private GlobalSetup setup() {
    return setup(lock);
  }

  private GlobalSetup setup(ClusterLock clusterLock) {
    when(lockService.getLockForName(GlobalSetup.LOCK_NAME)).thenReturn(clusterLock);
    return new GlobalSetup(
        lockService,
        store,
        new IssueTypeSetup(jira.issueTypeManager, jira.avatarManager),
        new FieldSetup(jira.customFieldManager, jira.optionsManager),
        new LinkTypeSetup(jira.linkTypeManager),
        jira.i18n,
        jira.applicationProperties);
  }

  private static byte[] shipped(String icon) throws IOException {
    try (InputStream image =
        GlobalSetupTest.class.getResourceAsStream("/images/issuetypes/" + icon)) {
      return image.readAllBytes();
    }
  }

  private static List<String> keys(List<SetupMessage> messages) {
    return messages.stream().map(SetupMessage::key).toList();
  }

  @Nested
  @DisplayName("on a Jira that has none of the app's items")
  class FirstRun {

    @Test
    void createsBothIssueTypesEveryFieldWhoseTypeExistsAndTheLinkType() {
      SetupReport report = setup().run();

      assertThat(jira.createdIssueTypes).isEqualTo(2);
      assertThat(jira.createdFields).isEqualTo(APP_FIELDS_WITH_TYPES);
      assertThat(jira.createdLinkTypes).isEqualTo(1);
      assertThat(keys(report.created()))
          .contains(
              "account-goals.setup.issuetype.created", "account-goals.setup.linktype.created");
      assertThat(report.reused()).isEmpty();
    }

    @Test
    void reportsProgressAndHealthAsNotAvailableYet() {
      SetupReport report = setup().run();

      assertThat(report.unavailable())
          .containsExactly(
              SetupMessage.of("account-goals.setup.field.unavailable", "Goal progress"),
              SetupMessage.of("account-goals.setup.field.unavailable", "Goal health"));
    }

    @Test
    void limitsEveryFieldToGoalAndMilestone() {
      setup().run();

      assertThat(jira.fields)
          .allSatisfy(
              field ->
                  assertThat(field.issueTypes)
                      .extracting(t -> t.getName())
                      .containsExactly("Goal", "Milestone"));
    }

    @Test
    void givesGoalAndMilestoneTheIconsTheAppShips() throws IOException {
      setup().run();

      assertThat(jira.avatars)
          .extracting(FakeJira.CreatedAvatar::fileName)
          .containsExactly("goal.png", "milestone.png");
      assertThat(jira.avatars)
          .allSatisfy(
              avatar -> {
                assertThat(avatar.contentType()).isEqualTo("image/png");
                assertThat(avatar.iconType()).isSameAs(IconType.ISSUE_TYPE_ICON_TYPE);
              });
      assertThat(jira.avatars.get(0).image()).isEqualTo(shipped("goal.png"));
      assertThat(jira.avatars.get(1).image()).isEqualTo(shipped("milestone.png"));
      assertThat(jira.avatarOfIssueType)
          .containsEntry("Goal", jira.avatars.get(0).id())
          .containsEntry("Milestone", jira.avatars.get(1).id());
    }

    @Test
    void givesJirasDefaultIssueTypeAvatarWhenJiraRefusesAnIcon() {
      jira.refusingAvatars = true;

      SetupReport report = setup().run();

      assertThat(jira.createdIssueTypes).isEqualTo(2);
      assertThat(jira.avatarOfIssueType)
          .containsEntry("Goal", FakeJira.DEFAULT_AVATAR)
          .containsEntry("Milestone", FakeJira.DEFAULT_AVATAR);
      assertThat(report.notices()).isEmpty();
    }

    @Test
    void usesJirasOwnFieldTypes() {
      setup().run();

      assertThat(jira.field("Target").getCustomFieldType().getKey())
          .isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:float");
      assertThat(jira.field("Goal level").getCustomFieldType().getKey())
          .isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:select");
      assertThat(jira.field("Traffic light").getCustomFieldType().getKey())
          .isEqualTo("com.accountgoals.jira:traffic-light");
    }

    @Test
    void createsEveryOptionInItsOrderAndRecordsItsId() {
      setup().run();

      InstalledItems items = store.load();
      assertThat(jira.field("Goal direction").options)
          .extracting(o -> o.getValue())
          .containsExactly("Increase", "Decrease", "Keep at least", "Keep at most");
      assertThat(
              items.optionFor(
                  AppField.DIRECTION, jira.field("Goal direction").options.get(2).getOptionId()))
          .contains("KEEP_AT_LEAST");
    }

    @Test
    void givesTheOptionsTheirSequenceAndSaysHowManyItCreated() {
      SetupReport report = setup().run();

      assertThat(jira.field("Goal level").options)
          .extracting(o -> ((FakeJira.FakeOption) o).sequence)
          .containsExactly(1L, 2L, 3L);
      assertThat(report.created())
          .contains(SetupMessage.of("account-goals.setup.options.created", "Goal direction", 4));
    }

    @Test
    void recordsTheIdOfEveryItem() {
      setup().run();

      InstalledItems items = store.load();
      assertThat(items.issueTypes()).containsOnlyKeys(AppIssueType.values());
      assertThat(items.fields()).hasSize(APP_FIELDS_WITH_TYPES);
      assertThat(items.linkTypeId()).isPresent();
    }

    @Test
    void namesTheItemsInJirasDefaultLanguage() {
      jira = new FakeJira(Locale.GERMAN, PROGRESS_AND_HEALTH_MISSING);

      setup().run();

      assertThat(jira.issueTypes)
          .extracting(t -> t.getName())
          .containsExactly("Ziel", "Meilenstein");
      assertThat(jira.linkTypes).extracting(t -> t.getOutward()).containsExactly("unterstützt");
    }
  }

  @Nested
  @DisplayName("run again")
  class SecondRun {

    @Test
    void createsNothingAndReusesEverything() {
      setup().run();
      int issueTypes = jira.createdIssueTypes;
      int fields = jira.createdFields;
      int options = jira.createdOptions;

      SetupReport again = setup().run();

      assertThat(jira.createdIssueTypes).isEqualTo(issueTypes);
      assertThat(jira.createdFields).isEqualTo(fields);
      assertThat(jira.createdOptions).isEqualTo(options);
      assertThat(jira.createdLinkTypes).isEqualTo(1);
      assertThat(again.created()).isEmpty();
      assertThat(again.reused()).hasSize(2 + APP_FIELDS_WITH_TYPES + 1);
    }

    @Test
    void findsItemsByTheirEnglishNameAfterTheDefaultLanguageChanged() {
      setup().run();
      settings.values().clear();
      jira.locale = Locale.ITALIAN;

      SetupReport again = setup().run();

      assertThat(again.created()).isEmpty();
      assertThat(jira.createdIssueTypes).isEqualTo(2);
      assertThat(store.load().linkTypeId()).isPresent();
    }
  }

  @Nested
  @DisplayName("after a partial earlier run")
  class PartialRun {

    @Test
    void completesWhatIsMissingAndKeepsWhatWasMade() {
      FakeJira.FakeIssueType goal = jira.addIssueType("Goal", false);
      store.save(
          new InstalledItems(
              java.util.Map.of(AppIssueType.GOAL, goal.getId()),
              java.util.Map.of(),
              java.util.Map.of(),
              null));

      SetupReport report = setup().run();

      assertThat(jira.createdIssueTypes).isEqualTo(1);
      assertThat(store.load().issueTypeId(AppIssueType.GOAL)).contains(goal.getId());
      assertThat(keys(report.reused())).containsOnlyOnce("account-goals.setup.issuetype.reused");
      assertThat(jira.createdFields).isEqualTo(APP_FIELDS_WITH_TYPES);
    }

    @Test
    void recordsIssueTypesFoundByNameAndGoesOnWithTheFields() {
      FakeJira.FakeIssueType goal = jira.addIssueType("goal", false);
      FakeJira.FakeIssueType milestone = jira.addIssueType("Milestone", false);

      setup().run();

      assertThat(store.load().issueTypes())
          .containsEntry(AppIssueType.GOAL, goal.getId())
          .containsEntry(AppIssueType.MILESTONE, milestone.getId());
      assertThat(jira.createdIssueTypes).isZero();
      assertThat(jira.avatars).as("a type found by name keeps its icon").isEmpty();
      assertThat(jira.createdFields).isEqualTo(APP_FIELDS_WITH_TYPES);
    }

    @Test
    void saysWhichItemsItFoundByName() {
      jira.addIssueType("Goal", false);
      jira.addField("Metric unit", FieldTypes.typeKey(AppField.UNIT));
      jira.addLinkType("Goal alignment", "supports", false);

      SetupReport report = setup().run();

      assertThat(report.reused())
          .containsExactly(
              SetupMessage.of("account-goals.setup.issuetype.reused", "Goal"),
              SetupMessage.of("account-goals.setup.field.reused", "Metric unit"),
              SetupMessage.of("account-goals.setup.linktype.reused", "Goal alignment"));
    }

    @Test
    void reusesAFieldMadeBeforeItsIdWasRecordedAndAddsItsMissingOptions() {
      FakeJira.FakeField scope = jira.addField("Goal scope", FieldTypes.typeKey(AppField.SCOPE));
      scope.options.add(new FakeJira.FakeOption(5L, "Individual"));

      setup().run();

      assertThat(jira.fields.stream().filter(f -> f.name.equals("Goal scope"))).hasSize(1);
      assertThat(scope.options)
          .extracting(o -> o.getValue())
          .containsExactly("Individual", "Team", "Company");
      assertThat(store.load().optionId(AppField.SCOPE, "INDIVIDUAL")).contains(5L);
    }
  }

  @Nested
  @DisplayName("when an item of another type carries the app's name")
  class Clash {

    @Test
    void reportsAFieldOfAnotherTypeAndLeavesItAlone() {
      FakeJira.FakeField target = jira.addField("Target", FieldTypes.SYSTEM + "textfield");

      SetupReport report = setup().run();

      assertThat(report.clashes())
          .containsExactly(
              SetupMessage.of(
                  "account-goals.setup.field.clash", "Target", FieldTypes.SYSTEM + "textfield"));
      assertThat(jira.fields.stream().filter(f -> f.name.equals("Target"))).containsExactly(target);
      assertThat(store.load().fieldId(AppField.TARGET)).isEmpty();
      assertThat(report.isComplete()).isFalse();
    }

    @Test
    void prefersASameNamedFieldOfTheAppsTypeToOneOfAnotherType() {
      jira.addField("Target", FieldTypes.SYSTEM + "textfield");
      FakeJira.FakeField ours = jira.addField("Target", FieldTypes.typeKey(AppField.TARGET));

      SetupReport report = setup().run();

      assertThat(report.clashes()).isEmpty();
      assertThat(store.load().fieldId(AppField.TARGET)).contains(ours.getId());
    }

    @Test
    void prefersASameNamedLinkTypeThatSupportsToOneWithAnotherMeaning() {
      jira.addLinkType("Goal alignment", "blocks", false);
      FakeJira.FakeLinkType ours = jira.addLinkType("Goal alignment", "supports", false);

      SetupReport report = setup().run();

      assertThat(report.clashes()).isEmpty();
      assertThat(store.load().linkTypeId()).contains(ours.getId());
      assertThat(jira.createdLinkTypes).isZero();
    }

    @Test
    void reportsASubTaskTypeAndCreatesNoFields() {
      jira.addIssueType("Milestone", true);

      SetupReport report = setup().run();

      assertThat(keys(report.clashes())).containsExactly("account-goals.setup.issuetype.clash");
      assertThat(keys(report.notices())).containsExactly("account-goals.setup.field.notypes");
      assertThat(jira.createdFields).isZero();
    }

    @Test
    void reportsALinkTypeWithAnotherMeaning() {
      jira.addLinkType("Goal alignment", "blocks", false);

      SetupReport report = setup().run();

      assertThat(report.clashes())
          .containsExactly(
              SetupMessage.of("account-goals.setup.linktype.clash", "Goal alignment", "blocks"));
      assertThat(jira.createdLinkTypes).isZero();
    }
  }

  @Nested
  @DisplayName("when an administrator changed an item after setup")
  class ChangedByAnAdministrator {

    @Test
    void recreatesADeletedFieldAndSaysSo() {
      setup().run();
      FakeJira.FakeField unit = jira.field("Metric unit");
      jira.fields.remove(unit);

      SetupReport again = setup().run();

      assertThat(again.notices())
          .containsExactly(
              SetupMessage.of("account-goals.setup.field.deleted", "Metric unit", unit.getId()));
      assertThat(keys(again.created())).containsExactly("account-goals.setup.field.created");
      assertThat(store.load().fieldId(AppField.UNIT))
          .isNotEqualTo(java.util.Optional.of(unit.getId()));
    }

    @Test
    void recreatesADeletedIssueTypeAndSaysSo() {
      setup().run();
      FakeJira.FakeIssueType milestone = jira.issueTypes.remove(1);

      SetupReport again = setup().run();

      assertThat(again.notices())
          .containsExactly(
              SetupMessage.of(
                  "account-goals.setup.issuetype.deleted", "Milestone", milestone.getId()));
      assertThat(again.created())
          .containsExactly(SetupMessage.of("account-goals.setup.issuetype.created", "Milestone"));
      assertThat(jira.createdIssueTypes).isEqualTo(3);
    }

    @Test
    void recreatesADeletedLinkTypeAndSaysSo() {
      setup().run();
      FakeJira.FakeLinkType deleted = jira.linkTypes.remove(0);

      SetupReport again = setup().run();

      assertThat(again.notices())
          .containsExactly(
              SetupMessage.of(
                  "account-goals.setup.linktype.deleted", "Goal alignment", deleted.getId()));
      assertThat(jira.createdLinkTypes).isEqualTo(2);
      assertThat(store.load().linkTypeId()).isNotEqualTo(java.util.Optional.of(deleted.getId()));
    }

    @Test
    void keepsARenamedOptionByItsIdAndRecreatesADeletedOne() {
      setup().run();
      FakeJira.FakeField scope = jira.field("Goal scope");
      Long team = scope.options.get(1).getOptionId();
      ((FakeJira.FakeOption) scope.options.get(0)).value = "Person";
      scope.options.remove(1);
      int before = jira.createdOptions;

      setup().run();

      assertThat(jira.createdOptions).isEqualTo(before + 1);
      assertThat(scope.options)
          .extracting(o -> o.getValue())
          .containsExactly("Person", "Company", "Team");
      assertThat(store.load().optionId(AppField.SCOPE, "TEAM"))
          .isNotEqualTo(java.util.Optional.of(team));
    }

    @Test
    void findsARenamedLinkTypeByItsId() {
      setup().run();
      FakeJira.FakeLinkType original = jira.linkTypes.get(0);
      jira.linkTypes.set(
          0,
          new FakeJira.FakeLinkType(
              original.getId(), "Ausrichtung", "supports", "is supported by", false));

      SetupReport again = setup().run();

      assertThat(again.reused())
          .contains(SetupMessage.of("account-goals.setup.linktype.reused", "Ausrichtung"));
      assertThat(jira.createdLinkTypes).isEqualTo(1);
    }
  }

  @Nested
  @DisplayName("on two nodes at once")
  class Race {

    @Test
    void twoRunsRacingCreateEachItemOnce() throws Exception {
      GlobalSetup first = setup();
      GlobalSetup second = setup();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        Callable<SetupReport> run1 =
            () -> {
              start.await();
              return first.run();
            };
        Callable<SetupReport> run2 =
            () -> {
              start.await();
              return second.run();
            };
        Future<SetupReport> a = threads.submit(run1);
        Future<SetupReport> b = threads.submit(run2);
        start.countDown();
        a.get(30, TimeUnit.SECONDS);
        b.get(30, TimeUnit.SECONDS);
      } finally {
        threads.shutdownNow();
      }

      assertThat(jira.createdIssueTypes).isEqualTo(2);
      assertThat(jira.createdFields).isEqualTo(APP_FIELDS_WITH_TYPES);
      assertThat(jira.createdLinkTypes).isEqualTo(1);
      assertThat(lock.acquisitions).isEqualTo(2);
    }

    @Test
    void saysSoWhenAnotherNodeHoldsTheLockTooLong() {
      ClusterLock held =
          new JdkClusterLock() {
            @Override
            public boolean tryLock(long time, TimeUnit unit) {
              return false;
            }
          };
      GlobalSetup setup = setup(held);

      SetupReport report = setup.run();

      assertThat(report)
          .isEqualTo(SetupReport.onlyNotice(SetupMessage.of("account-goals.setup.busy")));
      assertThat(jira.createdIssueTypes).isZero();
    }

    @Test
    void stopsWaitingAndKeepsTheInterruptWhenInterrupted() {
      ClusterLock interrupted =
          new JdkClusterLock() {
            @Override
            public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
              throw new InterruptedException("node shutting down");
            }
          };

      SetupReport report = setup(interrupted).run();

      assertThat(Thread.interrupted()).isTrue();
      assertThat(report)
          .isEqualTo(SetupReport.onlyNotice(SetupMessage.of("account-goals.setup.busy")));
      assertThat(jira.createdIssueTypes).isZero();
    }

    @Test
    void releasesTheLockAfterItsRun() {
      setup().run();

      assertThat(lock.tryLock()).isTrue();
      lock.unlock();
    }
  }

  /** A cluster lock backed by a JDK lock, standing for beehive's between two threads. */
  static class JdkClusterLock implements ClusterLock {
    private final ReentrantLock lock = new ReentrantLock();
    volatile int acquisitions;

    @Override
    public void lock() {
      lock.lock();
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
      lock.lockInterruptibly();
    }

    @Override
    public boolean tryLock() {
      return lock.tryLock();
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
      boolean locked = lock.tryLock(time, unit);
      if (locked) {
        acquisitions++;
      }
      return locked;
    }

    @Override
    public void unlock() {
      lock.unlock();
    }

    @Override
    public Condition newCondition() {
      throw new UnsupportedOperationException("beehive's cluster locks have no conditions");
    }
  }
}
