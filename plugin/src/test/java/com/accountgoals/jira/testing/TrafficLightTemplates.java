package com.accountgoals.jira.testing;

import com.accountgoals.jira.trafficlight.TrafficLightFieldType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The traffic-light field's templates rendered as Jira renders them: by a {@link JiraLikeVelocity}
 * engine, with the parameters the field type gives Jira plus those Jira adds itself. The template
 * tests and the preview draw the field through it.
 */
public final class TrafficLightTemplates {

  private static final String TEMPLATES = "templates/trafficlight/";

  private final JiraLikeVelocity velocity = new JiraLikeVelocity();

  /** The field type as Jira builds it, speaking {@code locale}. */
  public static TrafficLightFieldType type(Locale locale) {
    return new TrafficLightFieldType(null, null, TestI18n.userSpeaking(locale), null);
  }

  /**
   * A view template ({@code view.vm}, {@code column-view.vm}, {@code xml.vm}) of {@code issue}
   * whose field holds {@code stored} (given to the field first unless null).
   */
  public String view(
      String template, Issue issue, FakeCustomField field, String stored, Locale locale) {
    if (stored != null) {
      field.with(issue, stored);
    }
    Map<String, Object> params = base(issue, field, locale);
    params.put("value", stored);
    return velocity.render(TEMPLATES + template, params);
  }

  /**
   * The edit view as Jira draws it: {@code $value} from {@code getStringValueFromCustomFieldParams}
   * of {@code formParams} (the stored value under the null key, or what was posted), the field's
   * description from its layout item.
   */
  public String edit(
      Issue issue,
      CustomField field,
      CustomFieldParams formParams,
      String description,
      Locale locale) {
    Map<String, Object> params = base(issue, field, locale);
    params.put("value", type(locale).getStringValueFromCustomFieldParams(formParams));
    params.put("customFieldParams", formParams);
    params.put("fieldLayoutItem", new FieldLayout(false, description));
    params.put("displayParameters", Map.of());
    params.put("auiparams", Map.of());
    params.put("action", "edit");
    return velocity.render(TEMPLATES + "edit.vm", params);
  }

  private static Map<String, Object> base(Issue issue, CustomField field, Locale locale) {
    Map<String, Object> params =
        new HashMap<>(type(locale).getVelocityParameters(issue, field, null));
    params.put("customField", field);
    params.put("issue", issue);
    params.put("i18n", new BundleI18n(locale));
    return params;
  }
}
