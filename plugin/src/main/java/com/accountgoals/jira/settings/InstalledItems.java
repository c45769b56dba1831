package com.accountgoals.jira.settings;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Jira ids of what setup created or reused: issue types, custom fields ({@code
 * customfield_10100}), each field's options, and the alignment link type. The rest of the app finds
 * its items only through these ids, so an administrator may rename or translate them freely; an id
 * that is missing (setup has not run, or an administrator deleted the item) is an empty answer that
 * the caller turns into a clear message.
 *
 * @param issueTypes the id of each issue type setup recorded
 * @param fields the id of each custom field setup recorded
 * @param options per field with options, the Jira option id of each option constant
 * @param linkType the id of the alignment link type, or null before setup
 */
public record InstalledItems(
    Map<AppIssueType, String> issueTypes,
    Map<AppField, String> fields,
    Map<AppField, Map<String, Long>> options,
    Long linkType) {

  public InstalledItems {
    issueTypes = Map.copyOf(issueTypes);
    fields = Map.copyOf(fields);
    Map<AppField, Map<String, Long>> copied = new EnumMap<>(AppField.class);
    options.forEach((field, ids) -> copied.put(field, Map.copyOf(ids)));
    options = Map.copyOf(copied);
  }

  /** Nothing recorded yet: setup has never run. */
  public static InstalledItems none() {
    return new InstalledItems(Map.of(), Map.of(), Map.of(), null);
  }

  /** The id of an issue type, if setup recorded one. */
  public Optional<String> issueTypeId(AppIssueType type) {
    return Optional.ofNullable(issueTypes.get(Objects.requireNonNull(type, "type")));
  }

  /** The id of a custom field ({@code customfield_10100}), if setup recorded one. */
  public Optional<String> fieldId(AppField field) {
    return Optional.ofNullable(fields.get(Objects.requireNonNull(field, "field")));
  }

  /** The Jira option id of an option constant of a field, if setup recorded one. */
  public Optional<Long> optionId(AppField field, String option) {
    return Optional.ofNullable(options.getOrDefault(field, Map.of()).get(option));
  }

  /** The option constant a Jira option id stands for, if it is one setup recorded. */
  public Optional<String> optionFor(AppField field, Long optionId) {
    return options.getOrDefault(field, Map.of()).entrySet().stream()
        .filter(entry -> entry.getValue().equals(optionId))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The id of the alignment link type, if setup recorded one. */
  public Optional<Long> linkTypeId() {
    return Optional.ofNullable(linkType);
  }
}
