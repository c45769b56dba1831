package com.accountgoals.jira.trafficlight;

import com.accountgoals.core.validation.InvalidValueException;
import com.accountgoals.jira.i18n.UserMessages;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.fields.rest.FieldOperationHolder;
import com.atlassian.jira.issue.fields.rest.RestFieldOperationsHandler;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.SimpleErrorCollection;
import java.util.List;
import java.util.Set;

/**
 * Applies REST "set" operations to the field: {@code "fields": {"customfield_10000": {...}}} on
 * create and edit, or {@code "update": {"customfield_10000": [{"set": {...}}]}}.
 *
 * <p>The JSON becomes the stored text and goes into the issue's input parameters under the field
 * id, where Jira reads it back through {@link TrafficLightFieldType#getValueFromCustomFieldParams}
 * and validates it like any other input. Only "set" is offered: adding or removing single factors
 * by REST would need factor identities that the team's ordered list does not have.
 */
final class TrafficLightRestOperations implements RestFieldOperationsHandler {

  static final String SET = "set";

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
    for (FieldOperationHolder operation : operations) {
      // Jira only passes operations listed by getSupportedOperations; anything else is a bug.
      if (!SET.equals(operation.getOperation())) {
        throw new IllegalArgumentException("unsupported operation " + operation.getOperation());
      }
      try {
        String stored = TrafficLightJson.toStoredText(operation.getData().getData());
        inputParameters.addCustomFieldValue(fieldId, stored);
      } catch (InvalidValueException problem) {
        errors.addError(fieldId, messages.translate(problem));
      }
    }
    return errors;
  }
}
