package com.accountgoals.jira.setup;

import com.accountgoals.jira.catalogue.AppField;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure each app field exists with a context limited to the Goal and Milestone issue types,
 * and that its options exist: the recorded field, else one of the same name and type, else a new
 * one. A field of another type with the name is a clash and stays untouched; a field whose type is
 * the app's own and not installed yet is reported as not available.
 */
public final class FieldSetup {

  private static final Logger LOG = LoggerFactory.getLogger(FieldSetup.class);

  private final CustomFieldManager customFieldManager;
  private final OptionsManager optionsManager;

  public FieldSetup(CustomFieldManager customFieldManager, OptionsManager optionsManager) {
    this.customFieldManager = customFieldManager;
    this.optionsManager = optionsManager;
  }

  /** Makes sure {@code field} exists for {@code issueTypes} (never empty: that means all types). */
  void ensure(
      AppField field,
      List<IssueType> issueTypes,
      Texts texts,
      Recorder recorder,
      SetupReport.Builder report) {
    String name = texts.text(field.nameKey());
    Lookup lookup = find(field, name, texts, recorder, report);
    if (lookup.clash()) {
      return;
    }
    Optional<CustomField> found =
        lookup.field() != null
            ? Optional.of(lookup.field())
            : create(field, name, issueTypes, texts, recorder, report);
    found.ifPresent(customField -> ensureOptions(field, customField, texts, recorder, report));
  }

  /** What the lookup found: the field to use, or a clash, or neither (create it). */
  private record Lookup(CustomField field, boolean clash) {}

  private Lookup find(
      AppField field, String name, Texts texts, Recorder recorder, SetupReport.Builder report) {
    Optional<String> recordedId = recorder.items().fieldId(field);
    if (recordedId.isPresent()) {
      CustomField recorded = customFieldManager.getCustomFieldObject(recordedId.get());
      if (recorded != null) {
        report.reused(SetupMessage.of("account-goals.setup.field.reused", recorded.getName()));
        return new Lookup(recorded, false);
      }
      LOG.warn(
          "Field {} was recorded with id {}, which no longer exists (deleted by an administrator?):"
              + " looking for it by name, else creating it again",
          field,
          recordedId.get());
      report.notice(SetupMessage.of("account-goals.setup.field.deleted", name, recordedId.get()));
    }
    String typeKey = FieldTypes.typeKey(field);
    List<CustomField> sameName = new ArrayList<>();
    for (String candidate : texts.names(field.nameKey())) {
      Collection<CustomField> found = customFieldManager.getCustomFieldObjectsByName(candidate);
      if (found != null) {
        sameName.addAll(found);
      }
    }
    for (CustomField existing : sameName) {
      if (typeKey.equals(typeKeyOf(existing))) {
        recorder.field(field, existing.getId());
        report.reused(SetupMessage.of("account-goals.setup.field.reused", existing.getName()));
        return new Lookup(existing, false);
      }
    }
    if (sameName.isEmpty()) {
      return new Lookup(null, false);
    }
    CustomField other = sameName.get(0);
    LOG.warn(
        "Field '{}' ({}) has the name of the app's {} but the type {}, not {}: left as it is",
        other.getName(),
        other.getId(),
        field,
        typeKeyOf(other),
        typeKey);
    report.clash(
        SetupMessage.of("account-goals.setup.field.clash", other.getName(), typeKeyOf(other)));
    return new Lookup(null, true);
  }

  private static String typeKeyOf(CustomField field) {
    CustomFieldType<?, ?> type = field.getCustomFieldType();
    return type == null ? "" : type.getKey();
  }

  private Optional<CustomField> create(
      AppField field,
      String name,
      List<IssueType> issueTypes,
      Texts texts,
      Recorder recorder,
      SetupReport.Builder report) {
    CustomFieldType<?, ?> type = customFieldManager.getCustomFieldType(FieldTypes.typeKey(field));
    if (type == null) {
      if (FieldTypes.isAppType(field)) {
        LOG.info(
            "Field {} not created: its type {} is not installed yet",
            field,
            FieldTypes.typeKey(field));
        report.unavailable(SetupMessage.of("account-goals.setup.field.unavailable", name));
      } else {
        LOG.error(
            "Field {} not created: Jira has no field type {}", field, FieldTypes.typeKey(field));
        report.notice(
            SetupMessage.of("account-goals.setup.field.notype", name, FieldTypes.typeKey(field)));
      }
      return Optional.empty();
    }
    CustomFieldSearcher searcher =
        customFieldManager.getCustomFieldSearcher(FieldTypes.searcherKey(field));
    try {
      CustomField created =
          customFieldManager.createCustomField(
              name,
              texts.text(field.descriptionKey()),
              type,
              searcher,
              List.of(GlobalIssueContext.getInstance()),
              List.copyOf(issueTypes));
      recorder.field(field, created.getId());
      LOG.info("Created field '{}' ({}) as the app's {}", name, created.getId(), field);
      report.created(SetupMessage.of("account-goals.setup.field.created", name));
      return Optional.of(created);
    } catch (Exception e) {
      // Jira declares the checked GenericEntityException here; anything it throws is reported.
      LOG.error("Jira refused to create the field '{}' for the app's {}", name, field, e);
      report.notice(SetupMessage.of("account-goals.setup.field.failed", name, e.getMessage()));
      return Optional.empty();
    }
  }

  private void ensureOptions(
      AppField field,
      CustomField customField,
      Texts texts,
      Recorder recorder,
      SetupReport.Builder report) {
    if (field.options().isEmpty()) {
      return;
    }
    List<FieldConfigScheme> schemes = customField.getConfigurationSchemes();
    FieldConfig config =
        schemes == null || schemes.isEmpty() ? null : schemes.get(0).getOneAndOnlyConfig();
    if (config == null) {
      LOG.warn(
          "Field '{}' ({}) has no context: its options cannot be set up",
          customField.getName(),
          customField.getId());
      report.notice(
          SetupMessage.of("account-goals.setup.options.nocontext", customField.getName()));
      return;
    }
    List<Option> existing = List.copyOf(optionsManager.getOptions(config));
    int created = 0;
    for (int i = 0; i < field.options().size(); i++) {
      String option = field.options().get(i);
      Optional<Long> recordedId = recorder.items().optionId(field, option);
      if (recordedId.isPresent()
          && existing.stream().anyMatch(o -> recordedId.get().equals(o.getOptionId()))) {
        continue;
      }
      String key = field.optionKey(option);
      Optional<Option> sameName =
          existing.stream().filter(o -> texts.isNameOf(o.getValue(), key)).findFirst();
      Option kept =
          sameName.isPresent()
              ? sameName.get()
              : optionsManager.createOption(config, null, (long) i + 1, texts.text(key));
      created += sameName.isPresent() ? 0 : 1;
      recorder.option(field, option, kept.getOptionId());
    }
    if (created > 0) {
      report.created(
          SetupMessage.of("account-goals.setup.options.created", customField.getName(), created));
    }
  }
}
