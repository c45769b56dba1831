package com.accountgoals.preview;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.trafficlight.TrafficLightCodec;
import com.accountgoals.jira.i18n.MessageTexts;
import com.accountgoals.jira.i18n.UserMessages;
import com.accountgoals.jira.testing.BundleI18n;
import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.testing.FakeIssue;
import com.accountgoals.jira.testing.FormParams;
import com.accountgoals.jira.testing.JiraLikeVelocity;
import com.accountgoals.jira.testing.TestI18n;
import com.accountgoals.jira.testing.TrafficLightTemplates;
import com.accountgoals.jira.trafficlight.TrafficLightFieldType;
import com.accountgoals.preview.Pages.Look;
import com.accountgoals.preview.Pages.Page;
import com.accountgoals.preview.PluginDescriptor.WebPanel;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issue page ({@code /issue/KEY}) and the traffic-light edit page ({@code /edit/KEY}). The
 * traffic-light field's templates are the app's own, rendered by a Velocity engine that escapes as
 * Jira does, with the parameters the field type gives Jira. The issue page mounts every web panel
 * the descriptor declares at the issue view's locations, with its context provider when the preview
 * can build it.
 */
final class IssuePages {

  private static final Logger log = LoggerFactory.getLogger(IssuePages.class);

  /** The issue view's panel locations: the main column, then the side column. */
  static final String LEFT = "atl.jira.view.issue.left.context";

  static final String RIGHT = "atl.jira.view.issue.right.context";

  /** The contexts the issue view loads web-resources for. */
  static final List<String> ISSUE_CONTEXTS = List.of("atl.general", "jira.view.issue");

  private static final long FIELD_ID = 10100;

  private final PluginDescriptor descriptor;
  private final DemoAccounts accounts;
  private final PreviewTexts texts;
  private final JiraLikeVelocity velocity = new JiraLikeVelocity();
  private final TrafficLightTemplates templates = new TrafficLightTemplates();

  IssuePages(PluginDescriptor descriptor, DemoAccounts accounts, PreviewTexts texts) {
    this.descriptor = descriptor;
    this.accounts = accounts;
    this.texts = texts;
  }

  /**
   * The issues of {@code account} worth opening first: a few business goals and milestones, those
   * of the account's own project before the company goals its goals support (Nordwind's {@code
   * CORP}, Brightline's {@code GROUP}), which a reader of the account does not look for first.
   */
  List<String> showcase(SampleAccount account) {
    return account.rows().goals().stream()
        .filter(g -> g.level().isMeasurable())
        .sorted(Comparator.comparing(g -> !g.key().project().equals(account.project())))
        .limit(5)
        .map(g -> g.key().value())
        .toList();
  }

  /** A goal of {@code account} to edit the traffic light of: one with factors, else the first. */
  Optional<String> lightToEdit(SampleAccount account) {
    List<Goal> goals = account.rows().goals();
    return goals.stream()
        .filter(g -> !g.trafficLight().factors().isEmpty())
        .findFirst()
        .or(() -> goals.stream().findFirst())
        .map(g -> g.key().value());
  }

  /** The issue page of {@code key}, if a demo account holds that issue. */
  Optional<Page> issue(Look look, String key) {
    return goal(key).map(goal -> issuePage(look, goal));
  }

  /** The edit page of {@code key}'s traffic light, showing the stored value. */
  Optional<Page> edit(Look look, String key) {
    return goal(key).map(goal -> editPage(look, goal, FormParams.stored(stored(goal)), null));
  }

  /**
   * The edit page after a save: the form again with Jira's message when the field type refuses what
   * was posted, else the view of what would be stored (the preview stores nothing).
   */
  Optional<Page> save(Look look, String key, Map<String, String[]> posted) {
    return goal(key)
        .map(
            goal -> {
              String prefix = fieldId() + ":";
              List<String> pairs = new ArrayList<>();
              posted.forEach(
                  (name, values) -> {
                    if (name.startsWith(prefix)) {
                      for (String value : values) {
                        pairs.add(name.substring(prefix.length()));
                        pairs.add(value);
                      }
                    }
                  });
              FormParams params = FormParams.of(pairs.toArray(new String[0]));
              TrafficLightFieldType type = TrafficLightTemplates.type(look.language().locale());
              try {
                String value = type.getValueFromCustomFieldParams(params);
                return savedPage(look, goal, value);
              } catch (FieldValidationException refused) {
                log.info(
                    "Preview: the traffic light of {} was refused: {}", key, refused.getMessage());
                return editPage(look, goal, params, refused.getMessage());
              }
            });
  }

  private Optional<Goal> goal(String key) {
    try {
      return accounts.goal(IssueKey.of(key));
    } catch (RuntimeException notAKey) {
      return Optional.empty();
    }
  }

  private static String stored(Goal goal) {
    return goal.trafficLight().factors().isEmpty() && goal.trafficLight().overall().isEmpty()
        ? null
        : TrafficLightCodec.encode(goal.trafficLight());
  }

  private Page issuePage(Look look, Goal goal) {
    Language language = look.language();
    StringBuilder html = new StringBuilder();
    html.append("<div class=\"ag-preview-issue\" data-issue-key=\"")
        .append(Html.escape(goal.key().value()))
        .append("\"><div class=\"ag-preview-issue-main\">");
    html.append("<dl class=\"ag-preview-fields\">");
    field(
        html,
        texts.text(language, "preview.field.owner"),
        goal.owner() == null ? "\u2014" : goal.owner());
    field(
        html,
        texts.text(language, "preview.field.due"),
        goal.dueDate() == null
            ? "\u2014"
            : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(language.locale())
                .format(goal.dueDate()));
    // Jira's issue view leaves out a custom field without a value, so does the preview.
    if (stored(goal) != null) {
      html.append("<dt>")
          .append(Html.escape(BundleTexts.of(language).text("account-goals.trafficlight.name")))
          .append("</dt><dd class=\"ag-preview-traffic-light\">")
          .append(renderView("view.vm", goal, language))
          .append("</dd>");
    }
    html.append("</dl>");
    html.append(panels(look, goal, LEFT));
    html.append("</div><div class=\"ag-preview-issue-side\">");
    html.append(panels(look, goal, RIGHT));
    html.append("</div></div>");
    if (descriptor.panelsAt(LEFT).isEmpty() && descriptor.panelsAt(RIGHT).isEmpty()) {
      html.append(
              "<div class=\"aui-message aui-message-info ag-preview-panel-mount\" data-ag-preview-panel-mount><p>")
          .append(Html.escape(texts.text(language, "preview.panel.none")))
          .append("</p></div>");
    }
    html.append("<p><a href=\"")
        .append(Html.escape(look.link("/edit/" + goal.key().value())))
        .append("\">")
        .append(Html.escape(texts.text(language, "preview.edit")))
        .append("</a></p>");
    return new Page(goal.key().value() + " " + goal.summary(), html.toString(), ISSUE_CONTEXTS);
  }

  private static void field(StringBuilder html, String name, String value) {
    html.append("<dt>")
        .append(Html.escape(name))
        .append("</dt><dd>")
        .append(Html.escape(value))
        .append("</dd>");
  }

  /** Every web panel at {@code location}, rendered from its template with Jira's context. */
  private String panels(Look look, Goal goal, String location) {
    StringBuilder html = new StringBuilder();
    for (WebPanel panel : descriptor.panelsAt(location)) {
      if (panel.template().isEmpty()) {
        continue;
      }
      Map<String, Object> context = new HashMap<>();
      FakeIssue issue = new FakeIssue(goal.key().number(), goal.key().value());
      context.put("issue", issue);
      context.put("i18n", new BundleI18n(look.language().locale()));
      Map<String, Object> full = withProvider(panel, context, look.language());
      html.append("<div class=\"module ag-preview-web-panel\" data-web-panel=\"")
          .append(Html.escape(panel.key()))
          .append("\">")
          .append(velocity.render(panel.template().get(), full))
          .append("</div>");
    }
    return html.toString();
  }

  /**
   * The context of a panel's context provider, when its class has a constructor the preview can
   * fill (texts, the authentication context, an i18n helper: all in the caller's language);
   * otherwise Jira's base context alone.
   */
  private Map<String, Object> withProvider(
      WebPanel panel, Map<String, Object> context, Language language) {
    if (panel.contextProvider().isEmpty()) {
      return context;
    }
    try {
      Class<?> type = Class.forName(panel.contextProvider().get());
      for (Constructor<?> constructor : type.getConstructors()) {
        Optional<Object[]> arguments = arguments(constructor.getParameterTypes(), language);
        if (arguments.isPresent()) {
          Object provider = constructor.newInstance(arguments.get());
          Method init = type.getMethod("init", Map.class);
          init.invoke(provider, Map.of());
          Method contextMap = type.getMethod("getContextMap", Map.class);
          @SuppressWarnings("unchecked")
          Map<String, Object> made = (Map<String, Object>) contextMap.invoke(provider, context);
          return made;
        }
      }
      log.warn("Preview: cannot build context provider {} of panel {}", type, panel.key());
    } catch (ClassNotFoundException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException
        | NoSuchMethodException e) {
      log.warn("Preview: context provider of panel {} failed", panel.key(), e);
    }
    return context;
  }

  private static Optional<Object[]> arguments(Class<?>[] types, Language language) {
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      if (types[i] == MessageTexts.class) {
        arguments[i] = new UserMessages(TestI18n.userSpeaking(language.locale()));
      } else if (types[i] == JiraAuthenticationContext.class) {
        arguments[i] = TestI18n.userSpeaking(language.locale());
      } else if (types[i] == I18nHelper.class) {
        arguments[i] = new BundleI18n(language.locale());
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(arguments);
  }

  private Page editPage(Look look, Goal goal, FormParams params, String error) {
    Language language = look.language();
    FakeIssue issue = new FakeIssue(goal.key().number(), goal.key().value());
    FakeCustomField field =
        new FakeCustomField(
            FIELD_ID, BundleTexts.of(language).text("account-goals.trafficlight.name"));
    String stored = stored(goal);
    if (stored != null) {
      field.with(issue, stored);
    }
    StringBuilder html = new StringBuilder();
    html.append("<form class=\"aui ag-preview-edit\" method=\"post\" action=\"")
        .append(Html.escape(look.link("/edit/" + goal.key().value())))
        .append("\">")
        .append(
            templates.edit(
                issue,
                field,
                params,
                texts.text(language, "preview.field.light.description"),
                language.locale()));
    if (error != null) {
      html.append("<div class=\"error ag-preview-field-error\" role=\"alert\">")
          .append(Html.escape(error))
          .append("</div>");
    }
    html.append(
            "<div class=\"buttons-container\"><div class=\"buttons\"><button type=\"submit\" class=\"aui-button aui-button-primary\">")
        .append(Html.escape(texts.text(language, "preview.edit.save")))
        .append("</button> <a class=\"aui-button aui-button-link\" href=\"")
        .append(Html.escape(look.link("/issue/" + goal.key().value())))
        .append("\">")
        .append(Html.escape(texts.text(language, "preview.edit.cancel")))
        .append("</a></div></div></form>");
    html.append(columnView(look, goal));
    return new Page(
        texts.text(language, "preview.edit") + " \u00b7 " + goal.key().value(),
        html.toString(),
        ISSUE_CONTEXTS);
  }

  private Page savedPage(Look look, Goal goal, String value) {
    Language language = look.language();
    FakeIssue issue = new FakeIssue(goal.key().number(), goal.key().value());
    StringBuilder html = new StringBuilder();
    html.append("<div class=\"aui-message aui-message-success\" role=\"status\"><p>")
        .append(Html.escape(texts.text(language, "preview.edit.saved")))
        .append("</p></div><div class=\"ag-preview-traffic-light\">")
        .append(renderView("view.vm", issue, value, language))
        .append("</div><p><a href=\"")
        .append(Html.escape(look.link("/edit/" + goal.key().value())))
        .append("\">")
        .append(Html.escape(texts.text(language, "preview.edit")))
        .append("</a></p>");
    return new Page(
        texts.text(language, "preview.edit") + " \u00b7 " + goal.key().value(),
        html.toString(),
        ISSUE_CONTEXTS);
  }

  /** The issue navigator's column of the account: each goal's key, summary and light. */
  private String columnView(Look look, Goal current) {
    Language language = look.language();
    SampleAccount account = accounts.account(current.key().project()).orElseThrow();
    StringBuilder html = new StringBuilder();
    html.append("<h2>")
        .append(Html.escape(texts.text(language, "preview.column")))
        .append("</h2><table class=\"aui ag-preview-column\"><thead><tr><th>")
        .append(Html.escape(texts.text(language, "preview.column.key")))
        .append("</th><th>")
        .append(Html.escape(texts.text(language, "preview.column.summary")))
        .append("</th><th>")
        .append(Html.escape(BundleTexts.of(language).text("account-goals.trafficlight.name")))
        .append("</th></tr></thead><tbody>");
    account.rows().goals().stream()
        .limit(40)
        .forEach(
            goal ->
                html.append("<tr><td><a href=\"")
                    .append(Html.escape(look.link("/issue/" + goal.key().value())))
                    .append("\">")
                    .append(Html.escape(goal.key().value()))
                    .append("</a></td><td>")
                    .append(Html.escape(goal.summary()))
                    .append("</td><td>")
                    .append(renderView("column-view.vm", goal, language))
                    .append("</td></tr>"));
    html.append("</tbody></table>");
    return html.toString();
  }

  private String renderView(String template, Goal goal, Language language) {
    FakeIssue issue = new FakeIssue(goal.key().number(), goal.key().value());
    return renderView(template, issue, stored(goal), language);
  }

  private String renderView(String template, FakeIssue issue, String stored, Language language) {
    FakeCustomField field =
        new FakeCustomField(
            FIELD_ID, BundleTexts.of(language).text("account-goals.trafficlight.name"));
    return templates.view(template, issue, field, stored, language.locale());
  }

  private static String fieldId() {
    return "customfield_" + FIELD_ID;
  }
}
