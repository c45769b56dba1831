package com.accountgoals.jira.setup;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.accountgoals.jira.testing.BundleI18n;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.avatar.Selection;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.util.I18nHelper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.mockito.quality.Strictness;

/**
 * A small Jira in memory: issue types, custom fields with one context each, their options and link
 * types, behind the managers setup calls. Every method is synchronized, so two setup runs on two
 * threads see one Jira, as two nodes see one database.
 */
final class FakeJira {

  static final long DEFAULT_AVATAR = 10300L;

  private final AtomicLong ids = new AtomicLong(10000);
  final List<FakeIssueType> issueTypes = new ArrayList<>();
  final List<FakeField> fields = new ArrayList<>();
  final List<FakeLinkType> linkTypes = new ArrayList<>();
  final Map<String, CustomFieldType<?, ?>> installedTypes = new HashMap<>();
  int createdIssueTypes;
  int createdFields;
  int createdOptions;
  int createdLinkTypes;

  final IssueTypeManager issueTypeManager = new IssueTypes();
  final List<CreatedAvatar> avatars = new ArrayList<>();
  final Map<String, Long> avatarOfIssueType = new HashMap<>();
  volatile boolean refusingAvatars;
  final AvatarManager avatarManager = new Avatars();
  final CustomFieldManager customFieldManager = new Fields();
  final OptionsManager optionsManager = new OptionsStore();
  final IssueLinkTypeManager linkTypeManager = new LinkTypes();
  final I18nHelper.BeanFactory i18n = BundleI18n::new;
  volatile Locale locale;
  final ApplicationProperties applicationProperties = () -> locale;

  /** A Jira whose default language is {@code locale}, with every app field type but those given. */
  FakeJira(Locale locale, Set<String> missingTypeKeys) {
    this.locale = locale;
    for (com.accountgoals.jira.catalogue.AppField field :
        com.accountgoals.jira.catalogue.AppField.values()) {
      String key = FieldTypes.typeKey(field);
      if (!missingTypeKeys.contains(key)) {
        CustomFieldType<?, ?> type = fieldType();
        when(type.getKey()).thenReturn(key);
        installedTypes.put(key, type);
      }
    }
  }

  /** A field type; lenient, since each test reads the keys of only some types. */
  private static CustomFieldType<?, ?> fieldType() {
    return mock(CustomFieldType.class, withSettings().strictness(Strictness.LENIENT));
  }

  synchronized String nextId() {
    return String.valueOf(ids.incrementAndGet());
  }

  synchronized FakeIssueType addIssueType(String name, boolean subTask) {
    FakeIssueType type = new FakeIssueType(nextId(), name, subTask);
    issueTypes.add(type);
    return type;
  }

  synchronized FakeField addField(String name, String typeKey) {
    CustomFieldType<?, ?> type = installedTypes.get(typeKey);
    if (type == null) {
      type = fieldType();
      when(type.getKey()).thenReturn(typeKey);
    }
    FakeField field = new FakeField("customfield_" + nextId(), name, type, List.of());
    fields.add(field);
    return field;
  }

  synchronized FakeLinkType addLinkType(String name, String outward, boolean system) {
    FakeLinkType type = new FakeLinkType(Long.parseLong(nextId()), name, outward, "", system);
    linkTypes.add(type);
    return type;
  }

  synchronized FakeField field(String name) {
    return fields.stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow();
  }

  record FakeIssueType(String getId, String getName, boolean isSubTask) implements IssueType {}

  static final class FakeOption implements Option {
    private final Long id;
    String value;
    final Long sequence;

    FakeOption(Long id, String value) {
      this(id, value, null);
    }

    FakeOption(Long id, String value, Long sequence) {
      this.id = id;
      this.value = value;
      this.sequence = sequence;
    }

    @Override
    public Long getOptionId() {
      return id;
    }

    @Override
    public String getValue() {
      return value;
    }
  }

  static final class FakeOptions extends ArrayList<Option> implements Options {}

  static final class FakeField implements CustomField, FieldConfigScheme, FieldConfig {
    final String id;
    String name;
    final CustomFieldType<?, ?> type;
    final List<IssueType> issueTypes;
    final List<Option> options = new ArrayList<>();

    FakeField(String id, String name, CustomFieldType<?, ?> type, List<IssueType> issueTypes) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.issueTypes = List.copyOf(issueTypes);
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public String getUntranslatedName() {
      return name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public Long getIdAsLong() {
      return Long.valueOf(id.substring("customfield_".length()));
    }

    @Override
    public Object getValue(Issue issue) {
      return null;
    }

    @Override
    public CustomFieldType getCustomFieldType() {
      return type;
    }

    @Override
    public List<FieldConfigScheme> getConfigurationSchemes() {
      return List.of(this);
    }

    @Override
    public FieldConfig getOneAndOnlyConfig() {
      return this;
    }
  }

  record FakeLinkType(
      Long getId, String getName, String getOutward, String getInward, boolean isSystemLinkType)
      implements IssueLinkType {}

  /** An avatar setup made: its file name, content type, icon type, owner and image. */
  record CreatedAvatar(
      long id, String fileName, String contentType, IconType iconType, byte[] image) {}

  private final class Avatars implements AvatarManager {
    @Override
    public Long getDefaultAvatarId(IconType iconType) {
      return iconType == IconType.ISSUE_TYPE_ICON_TYPE ? DEFAULT_AVATAR : null;
    }

    @Override
    public Avatar create(
        String fileName,
        String contentType,
        IconType iconType,
        IconOwningObjectId owner,
        InputStream imageData,
        Selection croppingSelection)
        throws IOException {
      if (refusingAvatars) {
        throw new IOException("Jira cannot store the avatar " + fileName);
      }
      synchronized (FakeJira.this) {
        long id = Long.parseLong(nextId());
        avatars.add(
            new CreatedAvatar(id, fileName, contentType, iconType, imageData.readAllBytes()));
        return () -> id;
      }
    }
  }

  private final class IssueTypes implements IssueTypeManager {
    @Override
    public IssueType createIssueType(String name, String description, Long avatarId) {
      synchronized (FakeJira.this) {
        if (avatarId == null
            || issueTypes.stream().anyMatch(t -> t.getName().equalsIgnoreCase(name))) {
          throw new IllegalArgumentException("Jira refuses issue type " + name);
        }
        createdIssueTypes++;
        avatarOfIssueType.put(name, avatarId);
        return addIssueType(name, false);
      }
    }

    @Override
    public Collection<IssueType> getIssueTypes() {
      synchronized (FakeJira.this) {
        return List.copyOf(issueTypes);
      }
    }

    @Override
    public IssueType getIssueType(String id) {
      synchronized (FakeJira.this) {
        return issueTypes.stream().filter(t -> t.getId().equals(id)).findFirst().orElse(null);
      }
    }
  }

  private final class Fields implements CustomFieldManager {
    @Override
    public CustomField createCustomField(
        String fieldName,
        String description,
        CustomFieldType fieldType,
        CustomFieldSearcher customFieldSearcher,
        List<JiraContextNode> contexts,
        List<IssueType> types) {
      synchronized (FakeJira.this) {
        createdFields++;
        FakeField field = new FakeField("customfield_" + nextId(), fieldName, fieldType, types);
        fields.add(field);
        return field;
      }
    }

    @Override
    public CustomFieldType getCustomFieldType(String key) {
      return installedTypes.get(key);
    }

    @Override
    public CustomFieldSearcher getCustomFieldSearcher(String key) {
      return new CustomFieldSearcher() {};
    }

    @Override
    public CustomField getCustomFieldObject(String id) {
      synchronized (FakeJira.this) {
        return fields.stream().filter(f -> f.id.equals(id)).findFirst().orElse(null);
      }
    }

    @Override
    public Collection<CustomField> getCustomFieldObjectsByName(String name) {
      synchronized (FakeJira.this) {
        return fields.stream().filter(f -> f.name.equals(name)).map(f -> (CustomField) f).toList();
      }
    }
  }

  private final class OptionsStore implements OptionsManager {
    @Override
    public Options getOptions(FieldConfig config) {
      synchronized (FakeJira.this) {
        FakeOptions options = new FakeOptions();
        options.addAll(((FakeField) config).options);
        return options;
      }
    }

    @Override
    public Option createOption(FieldConfig config, Long parent, Long sequence, String value) {
      synchronized (FakeJira.this) {
        createdOptions++;
        Option option = new FakeOption(Long.valueOf(nextId()), value, sequence);
        ((FakeField) config).options.add(option);
        return option;
      }
    }
  }

  private final class LinkTypes implements IssueLinkTypeManager {
    @Override
    public void createIssueLinkType(String name, String outward, String inward, String style) {
      synchronized (FakeJira.this) {
        createdLinkTypes++;
        linkTypes.add(new FakeLinkType(Long.valueOf(nextId()), name, outward, inward, false));
      }
    }

    @Override
    public Collection<IssueLinkType> getIssueLinkTypes(boolean excludeSystemLinks) {
      synchronized (FakeJira.this) {
        return List.copyOf(linkTypes);
      }
    }

    @Override
    public IssueLinkType getIssueLinkType(Long id) {
      synchronized (FakeJira.this) {
        return linkTypes.stream().filter(t -> t.getId().equals(id)).findFirst().orElse(null);
      }
    }

    @Override
    public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
      synchronized (FakeJira.this) {
        return linkTypes.stream()
            .filter(t -> t.getName().equals(name))
            .map(t -> (IssueLinkType) t)
            .toList();
      }
    }
  }
}
