package com.accountgoals.jira.trafficlight;

import com.accountgoals.core.validation.InvalidValueException;
import com.accountgoals.jira.i18n.UserMessages;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.fields.rest.FieldOperationHolder;
import com.atlassian.jira.issue.fields.rest.RestFieldOperationsHandler;
import com.atlassian.jira.issue.fields.rest.json.JsonData;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.SimpleErrorCollection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Applies REST operations to the field: {@code "fields": {"customfield_10000": {...}}} on create
 * and edit, or {@code "update": {"customfield_10000": [{"set": {...}}]}}.
 *
 * <p>The JSON becomes the stored text and goes into the issue's input parameters under the field
 * id, where Jira reads it back through {@link TrafficLightFieldType#getValueFromCustomFieldParams}
 * and validates it like any other input. Only "set" is offered: adding or removing single factors
 * by REST would need factor identities that the team's ordered list does not have. Any other
 * operation, and any JSON that is not a traffic light, is answered with a translated error on the
 * field and leaves the input parameters untouched, so the stored value stays as it is. Jira's own
 * handlers read operation names in any case ({@code AbstractFieldOperationsHandler} upper-cases
 * them), so "SET" is taken too.
 */
final class TrafficLightRestOperations implements RestFieldOperationsHandler {

  static final String SET = "set";
  static final String UNSUPPORTED_OPERATION =
      "account-goals.trafficlight.error.json-unsupported-operation";

  private final UserMessages messages;

  TrafficLightRestOperations(UserMessages messages) {
    this.messages = messages;
  }

  @Override
  public Set<String> getSupportedOperations() {
    return Set.of(SET);
  }

  @Override
  public ErrorCollection updateIssueInputParameters(
      IssueContext issueCtx,
      Issue issue,
      String fieldId,
      IssueInputParameters inputParameters,
      List<FieldOperationHolder> operations) {
    ErrorCollection errors = new SimpleErrorCollection();
    String stored = null;
    try {
      // Each "set" replaces the whole light, so the last one counts; all are checked first.
      for (FieldOperationHolder operation : operations) {
        stored = storedText(operation);
      }
    } catch (InvalidValueException problem) {
      errors.addError(fieldId, messages.translate(problem));
      return errors;
    }
    if (stored != null) {
      inputParameters.addCustomFieldValue(fieldId, stored);
    }
    return errors;
  }

  private static String storedText(FieldOperationHolder operation) {
    String name = operation.getOperation();
    if (name == null || !SET.equals(name.toLowerCase(Locale.ROOT))) {
      throw new InvalidValueException(UNSUPPORTED_OPERATION, name);
    }
    JsonData data = operation.getData();
    return TrafficLightJsonInput.toStoredText(data == null ? null : data.getData());
  }
}
