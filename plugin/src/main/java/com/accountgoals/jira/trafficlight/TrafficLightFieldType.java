package com.accountgoals.jira.trafficlight;

import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trafficlight.Factor;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.core.trafficlight.TrafficLightCodec;
import com.accountgoals.core.validation.InvalidValueException;
import com.accountgoals.jira.i18n.UserMessages;
import com.accountgoals.jira.indexing.FieldIndexers;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.fields.rest.FieldJsonRepresentation;
import com.atlassian.jira.issue.fields.rest.FieldTypeInfo;
import com.atlassian.jira.issue.fields.rest.FieldTypeInfoContext;
import com.atlassian.jira.issue.fields.rest.RestAwareCustomFieldType;
import com.atlassian.jira.issue.fields.rest.RestCustomFieldTypeOperations;
import com.atlassian.jira.issue.fields.rest.RestFieldOperationsHandler;
import com.atlassian.jira.issue.fields.rest.json.JsonData;
import com.atlassian.jira.issue.fields.rest.json.JsonType;
import com.atlassian.jira.issue.fields.rest.json.JsonTypeBuilder;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.security.JiraAuthenticationContext;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The traffic-light custom field type: an overall red, amber or green plus the factors for and
 * against us.
 *
 * <p>The value Jira moves around is the stored text of {@link TrafficLightCodec}, as for Jira's own
 * text fields, kept in an unlimited text column (50 factors of 255 characters do not fit a limited
 * one). Input is checked strictly; a stored text that cannot be read is shown as such, logged,
 * indexed as no colour and kept until someone saves a new value.
 */
public class TrafficLightFieldType extends AbstractSingleFieldType<String>
    implements RestAwareCustomFieldType, RestCustomFieldTypeOperations {

  /** The complete module key of this type: the plugin key and the customfield-type key. */
  static final String TYPE_KEY = "com.accountgoals.jira:traffic-light";

  private static final Logger log = LoggerFactory.getLogger(TrafficLightFieldType.class);

  private final UserMessages messages;
  private final FieldIndexers indexers;

  public TrafficLightFieldType(
      CustomFieldValuePersister customFieldValuePersister,
      GenericConfigManager genericConfigManager,
      JiraAuthenticationContext authenticationContext,
      FieldIndexers indexers) {
    super(customFieldValuePersister, genericConfigManager);
    this.messages = new UserMessages(authenticationContext);
    this.indexers = indexers;
  }

  // Storage ---------------------------------------------------------------------------------

  @Override
  protected PersistenceFieldType getDatabaseType() {
    return PersistenceFieldType.TYPE_UNLIMITED_TEXT;
  }

  @Override
  protected Object getDbValueFromObject(String storedText) {
    return storedText;
  }

  @Override
  protected String getObjectFromDbValue(Object databaseValue) {
    // Never validated here: an unreadable value must still load, so the issue can be shown.
    return databaseValue == null ? null : databaseValue.toString();
  }

  @Override
  public String getStringFromSingularObject(String storedText) {
    // Jira's indexers call this with null for issues without a value.
    return storedText == null ? "" : storedText;
  }

  /**
   * Reads text given to the field outside its form: by the REST API (which passes on the stored
   * text built from JSON), CSV import or other apps. Accepts a stored text or a colour name.
   */
  @Override
  public String getSingularObjectFromString(String text) throws FieldValidationException {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      TrafficLight light =
          text.startsWith("TL")
              ? TrafficLightCodec.decode(text)
              : TrafficLight.chosen(Colour.parse(text));
      return light.isEmpty() ? null : TrafficLightCodec.encode(light);
    } catch (InvalidValueException problem) {
      throw new FieldValidationException(messages.translate(problem));
    }
  }

  // Forms -----------------------------------------------------------------------------------

  @Override
  public String getValueFromCustomFieldParams(CustomFieldParams params)
      throws FieldValidationException {
    if (!TrafficLightForm.isSubmission(params)) {
      return params == null ? null : getSingularObjectFromString(firstNullKeyValue(params));
    }
    try {
      TrafficLight light = TrafficLightForm.light(params);
      if (light.isEmpty()) {
        // Nothing entered: keep a value that could not be read rather than erase it.
        return TrafficLightForm.keptText(params);
      }
      return TrafficLightCodec.encode(light);
    } catch (InvalidValueException problem) {
      throw new FieldValidationException(messages.translate(problem));
    }
  }

  /**
   * What the edit template shows as {@code $value}: a plain map of the form (see {@link
   * TrafficLightForm}), built from what was posted when a save was refused, else from the stored
   * text Jira put under the null key.
   */
  @Override
  public Object getStringValueFromCustomFieldParams(CustomFieldParams params) {
    if (TrafficLightForm.isSubmission(params)) {
      return TrafficLightForm.model(params, messages::translate);
    }
    String stored = params == null ? null : firstNullKeyValue(params);
    if (stored == null || stored.isEmpty()) {
      return TrafficLightForm.empty();
    }
    return TrafficLightForm.model(StoredTrafficLight.read(stored));
  }

  @Override
  public Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
    Map<String, Object> params = super.getVelocityParameters(issue, field, fieldLayoutItem);
    Object value = issue == null ? null : field.getValue(issue);
    params.put("trafficLight", viewModel(value, field, issue));
    return params;
  }

  private Map<String, Object> viewModel(Object value, CustomField field, Issue issue) {
    if (!(value instanceof String stored) || stored.isEmpty()) {
      return TrafficLightViewModel.none();
    }
    StoredTrafficLight read = StoredTrafficLight.read(stored);
    if (read instanceof StoredTrafficLight.Unreadable unreadable) {
      log.warn(
          "Traffic light {} of issue {} cannot be read ({} {}); it is shown as unreadable and kept"
              + " as it is.",
          field.getId(),
          issue.getKey(),
          unreadable.problem().messageKey(),
          unreadable.problem().arguments());
    }
    return TrafficLightViewModel.of(read);
  }

  // Change history, search --------------------------------------------------------------------

  /** One readable line for the change history: {@code RED (set) | R: Not listed | G: Approved}. */
  @Override
  public String getChangelogString(CustomField field, String storedText) {
    if (storedText == null || storedText.isEmpty()) {
      return null;
    }
    if (!(StoredTrafficLight.read(storedText) instanceof StoredTrafficLight.Readable readable)) {
      return storedText;
    }
    TrafficLight light = readable.light();
    StringBuilder line = new StringBuilder(light.overall().map(Enum::name).orElse(""));
    if (light.isOverallChosen()) {
      line.append(" (set)");
    }
    for (Factor factor : light.factors()) {
      line.append(" | ").append(factor.colour().code()).append(": ").append(factor.text());
    }
    return line.toString();
  }

  @Override
  public List<FieldIndexer> getRelatedIndexers(CustomField customField) {
    return indexers.trafficLight(customField);
  }

  // REST --------------------------------------------------------------------------------------

  @Override
  public FieldTypeInfo getFieldTypeInfo(FieldTypeInfoContext fieldTypeInfoContext) {
    return new FieldTypeInfo(null, null);
  }

  @Override
  public JsonType getJsonSchema(CustomField customField) {
    return JsonTypeBuilder.custom(JsonType.ANY_TYPE, TYPE_KEY, customField.getIdAsLong());
  }

  @Override
  public FieldJsonRepresentation getJsonFromIssue(
      CustomField field, Issue issue, boolean renderedVersionRequested, FieldLayoutItem item) {
    Object value = field.getValue(issue);
    if (!(value instanceof String stored) || stored.isEmpty()) {
      return new FieldJsonRepresentation(new JsonData(null));
    }
    return new FieldJsonRepresentation(
        new JsonData(TrafficLightJson.toJson(StoredTrafficLight.read(stored))));
  }

  @Override
  public RestFieldOperationsHandler getRestFieldOperation(CustomField field) {
    return new TrafficLightRestOperations(messages);
  }

  /** The field offers no default value through REST. */
  @Override
  public JsonData getJsonDefaultValue(IssueContext issueCtx, CustomField field) {
    return null;
  }

  private static String firstNullKeyValue(CustomFieldParams params) {
    Object first = params.getFirstValueForNullKey();
    return first == null ? null : first.toString();
  }
}
