package com.accountgoals.jira.panel;

import com.accountgoals.jira.i18n.MessageTexts;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The goal panel's template context: Jira's context as given, plus the issue's key ({@code
 * goalKey}) and the loading line in the user's language ({@code loadingText}), both plain strings,
 * so the template calls no method (Jira 10's Velocity allowlist) and Jira's escaping applies.
 */
public final class GoalPanelContext implements ContextProvider {

  static final String LOADING = "account-goals.panel.loading";

  private final MessageTexts texts;

  public GoalPanelContext(MessageTexts texts) {
    this.texts = texts;
  }

  @Override
  public void init(Map<String, String> params) {
    // No parameters.
  }

  @Override
  public Map<String, Object> getContextMap(Map<String, Object> context) {
    Map<String, Object> map = new HashMap<>(context);
    String key =
        context.get(GoalPanelCondition.ISSUE) instanceof Issue issue && issue.getKey() != null
            ? issue.getKey()
            : "";
    map.put("goalKey", key);
    map.put("loadingText", texts.text(LOADING, List.of(key)));
    return map;
  }
}
