package com.accountgoals.preview;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.jira.admin.AdminPreview;
import com.accountgoals.preview.PluginDescriptor.DashboardItem;
import com.accountgoals.preview.PluginDescriptor.Download;
import com.accountgoals.preview.PluginDescriptor.WebResource;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The preview's pages in a Jira-like frame (AUI page header, the banner that says this is a preview
 * with demo data): the index ({@code /}), the dashboard with the app's dashboard item ({@code
 * /dashboard}), an issue ({@code /issue/KEY}) and the traffic-light edit form ({@code /edit/KEY}).
 * Every page takes {@code lang=en|de|it} and {@code theme=dark}. The app's own scripts and styles
 * are those of the descriptor's web-resources in the page's contexts, at Jira's addresses.
 */
final class Pages extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The dashboard item the dashboard page shows. */
  static final String BOARD_ITEM = "qbr-board";

  /** The admin page's theme, for its forms' posts. */
  static final String THEME_COOKIE = "ag-preview-theme";

  private final transient PluginDescriptor descriptor;
  private final transient DemoAccounts accounts;
  private final transient Caller caller;
  private final transient PreviewTexts texts;
  private final transient IssuePages issues;
  private final transient AdminPreview admin;

  Pages(PluginDescriptor descriptor, DemoAccounts accounts, Caller caller) {
    this.descriptor = descriptor;
    this.accounts = accounts;
    this.caller = caller;
    this.texts = new PreviewTexts();
    this.issues = new IssuePages(descriptor, accounts, texts);
    Map<String, String> projects = new LinkedHashMap<>();
    accounts.all().forEach(a -> projects.put(a.project().value(), a.name()));
    this.admin = new AdminPreview(projects);
  }

  /** How one request wants its page: language and theme, kept in every link. */
  record Look(Language language, boolean dark, String path, Map<String, String> parameters) {

    /** This same page in {@code other} language and theme. */
    String same(Language other, boolean otherDark) {
      return new Look(other, otherDark, path, parameters).link(path, parameters);
    }

    String link(String path, Map<String, String> parameters) {
      Map<String, String> all = new LinkedHashMap<>(parameters);
      all.put("lang", language.code());
      if (dark) {
        all.put("theme", "dark");
      }
      StringBuilder url = new StringBuilder(path);
      char separator = '?';
      for (Map.Entry<String, String> p : all.entrySet()) {
        url.append(separator)
            .append(p.getKey())
            .append('=')
            .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
        separator = '&';
      }
      return url.toString();
    }

    String link(String path) {
      return link(path, Map.of());
    }
  }

  /**
   * A page's parts: title, main content, the web-resource contexts it loads, and whether the frame
   * heads it with its title (an admin page brings its own heading, as in Jira's admin decorator).
   */
  record Page(String title, String content, List<String> contexts, boolean headed) {

    Page(String title, String content, List<String> contexts) {
      this(title, content, contexts, true);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(request, response, false);
  }

  /** A save of the traffic-light edit form: checked by the field type, never stored. */
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(request, response, true);
  }

  private void answer(HttpServletRequest request, HttpServletResponse response, boolean post)
      throws IOException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    Map<String, String> parameters = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!post && !name.equals("lang") && !name.equals("theme") && values.length > 0) {
                parameters.put(name, values[0]);
              }
            });
    boolean admin = path.equals("/admin") || path.equals(AdminPreview.PATH);
    String theme = request.getParameter("theme");
    if (theme == null && admin) {
      theme = Caller.cookie(request, THEME_COOKIE);
    }
    if (admin) {
      parameters.remove("saved");
    }
    Look look = new Look(caller.language(), "dark".equals(theme), path, parameters);
    if (admin) {
      admin(request, response, look, post);
      return;
    }
    Page page;
    if (post && !path.startsWith("/edit/")) {
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    if (path.equals("/") || path.isEmpty()) {
      page = index(look);
    } else if (path.equals("/dashboard")) {
      page = dashboard(look, request);
    } else if (path.startsWith("/issue/") && !post) {
      page = issues.issue(look, path.substring("/issue/".length())).orElse(null);
    } else if (path.startsWith("/browse/") && !post) {
      page = issues.issue(look, path.substring("/browse/".length())).orElse(null);
    } else if (path.startsWith("/edit/")) {
      String key = path.substring("/edit/".length());
      page =
          (post ? issues.save(look, key, request.getParameterMap()) : issues.edit(look, key))
              .orElse(null);
    } else {
      page = null;
    }
    if (page == null) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      page =
          new Page(
              texts.text(look.language(), "preview.title"),
              "<p>" + Html.escape(texts.text(look.language(), "preview.not.found")) + "</p>",
              List.of());
    }
    write(response, look, page);
  }

  private void write(HttpServletResponse response, Look look, Page page) throws IOException {
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response.getWriter().write(frame(look, page));
  }

  /**
   * The app's admin page ({@code /admin}, and Jira's address of it, where its forms post): a save
   * redirects to the page with "Settings saved.", in the language and theme of the page that sent
   * it.
   */
  private void admin(
      HttpServletRequest request, HttpServletResponse response, Look look, boolean post)
      throws IOException {
    // The page's language and theme for its forms' posts, which carry neither (see Caller).
    response.addCookie(adminCookie(Caller.LANG_COOKIE, look.language().code()));
    response.addCookie(adminCookie(THEME_COOKIE, look.dark() ? "dark" : "light"));
    Locale locale = look.language().locale();
    AdminPreview.Answer answer =
        post
            ? admin.post(locale, request.getParameterMap())
            : admin.get(locale, request.getParameterMap());
    if (answer.saved()) {
      response.sendRedirect(look.link(AdminPreview.PATH, Map.of("saved", "settings")));
    } else if (answer.title() == null) {
      response.sendError(answer.status());
    } else {
      response.setStatus(answer.status());
      write(response, look, new Page(answer.title(), answer.body(), List.of(), false));
    }
  }

  private Page index(Look look) {
    Language language = look.language();
    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    StringBuilder html = new StringBuilder();
    html.append("<h2>")
        .append(Html.escape(texts.text(language, "preview.accounts")))
        .append("</h2>");
    accountTable(look, accounts.all(), day, html, SampleAccount::name);
    html.append("<h2>").append(Html.escape(texts.text(language, "preview.test"))).append("</h2>");
    // The test accounts' names are labels of what they test, in the page's language.
    accountTable(
        look,
        accounts.testData(),
        day,
        html,
        a -> texts.text(language, "preview.test." + a.project().value().toLowerCase(Locale.ROOT)));
    html.append("<h2>")
        .append(Html.escape(texts.text(language, "preview.admin")))
        .append("</h2><p>")
        .append(anchor(look.link("/admin"), texts.text(language, "preview.admin.link")))
        .append("</p>");
    return new Page(texts.text(language, "preview.title"), html.toString(), List.of());
  }

  private void accountTable(
      Look look,
      List<SampleAccount> listed,
      DateTimeFormatter day,
      StringBuilder html,
      Function<SampleAccount, String> name) {
    Language language = look.language();
    // Column heads say where each link goes: a first-time reader meets bare keys otherwise.
    html.append("<table class=\"aui ag-preview-accounts\"><thead><tr>");
    for (String column : List.of("account", "board", "goals", "light")) {
      html.append("<th scope=\"col\">")
          .append(Html.escape(texts.text(language, "preview.index." + column)))
          .append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (SampleAccount account : listed) {
      String key = account.project().value();
      html.append("<tr><th scope=\"row\">")
          .append(Html.escape(name.apply(account)))
          .append(" (")
          .append(Html.escape(key))
          .append(")<div class=\"description\">")
          .append(
              Html.escape(texts.text(language, "preview.account.day", day.format(account.today()))))
          .append("</div></th>")
          .append(cell(language, "board"))
          .append(
              anchor(
                  look.link("/dashboard", Map.of("project", key)),
                  texts.text(language, "preview.dashboard")))
          .append("</td>")
          .append(cell(language, "goals"));
      for (String issue : issues.showcase(account)) {
        html.append(anchor(look.link("/issue/" + issue), issue)).append(' ');
      }
      html.append("</td>").append(cell(language, "light"));
      issues
          .lightToEdit(account)
          .ifPresent(
              issue ->
                  html.append(
                      anchor(
                          look.link("/edit/" + issue),
                          texts.text(language, "preview.edit") + " " + issue)));
      html.append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  /**
   * A cell of the accounts table that carries its column's head, which a narrow window shows above
   * the cell once the table stacks its cells (preview.css).
   */
  private String cell(Language language, String column) {
    return "<td data-label=\""
        + Html.escape(texts.text(language, "preview.index." + column))
        + "\">";
  }

  private Page dashboard(Look look, HttpServletRequest request) {
    DashboardItem item =
        descriptor
            .dashboardItem(BOARD_ITEM)
            .orElseThrow(() -> new IllegalStateException("no dashboard item " + BOARD_ITEM));
    Map<String, String> preferences = new LinkedHashMap<>();
    for (String name : List.of("project", "quarter", "sections")) {
      String value = request.getParameter(name);
      if (value != null) {
        preferences.put(name, value);
      }
    }
    String title = BundleTexts.of(look.language()).text(item.titleKey());
    StringBuilder html = new StringBuilder();
    boolean narrow = "narrow".equals(request.getParameter("column"));
    if (preferences.containsKey("project")) {
      html.append(layoutSwitch(look, narrow));
    }
    html.append("<div class=\"ag-preview-dashboard-item")
        .append(narrow ? " ag-preview-dashboard-item-narrow" : "")
        .append("\" id=\"dashboard-item-")
        .append(Html.escape(item.key()))
        .append("\"><div class=\"ag-preview-dashboard-item-header\"><h2>")
        .append(Html.escape(title))
        .append(
            "</h2><button type=\"button\" class=\"aui-button aui-button-subtle ag-preview-configure\">")
        .append(Html.escape(texts.text(look.language(), "preview.configure")))
        .append(
            "</button></div><div class=\"ag-preview-loading\" hidden><aui-spinner size=\"small\"></aui-spinner></div>")
        .append("<div class=\"ag-preview-dashboard-item-content\" data-amd-module=\"")
        .append(Html.escape(item.amdModule()))
        .append('"');
    for (Map.Entry<String, String> p : preferences.entrySet()) {
      html.append(" data-pref-")
          .append(p.getKey())
          .append("=\"")
          .append(Html.escape(p.getValue()))
          .append('"');
    }
    html.append("></div></div>");
    return new Page(
        texts.text(look.language(), "preview.dashboard") + " \u00b7 " + title,
        html.toString(),
        List.of("atl.general", "atl.dashboard"));
  }

  /**
   * Says how wide the item stands and links the other width: without it, a first-time reader of the
   * narrow column sees an empty page beside it and does not find the narrow one at all.
   */
  private String layoutSwitch(Look look, boolean narrow) {
    Map<String, String> other = new LinkedHashMap<>(look.parameters());
    if (narrow) {
      other.remove("column");
    } else {
      other.put("column", "narrow");
    }
    StringBuilder html = new StringBuilder("<p class=\"ag-preview-layout\">");
    if (narrow) {
      html.append(Html.escape(texts.text(look.language(), "preview.layout.narrow"))).append(' ');
    }
    return html.append(
            anchor(
                look.link(look.path(), other),
                texts.text(
                    look.language(),
                    narrow ? "preview.layout.to-wide" : "preview.layout.to-narrow")))
        .append("</p>")
        .toString();
  }

  private static Cookie adminCookie(String name, String value) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    return cookie;
  }

  private static String anchor(String href, String text) {
    return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(text) + "</a>";
  }

  /** The whole page: AUI, the app's web-resources of the page's contexts, the stand-in script. */
  private String frame(Look look, Page page) {
    Language language = look.language();
    List<String> styles = new ArrayList<>();
    List<String> scripts = new ArrayList<>();
    for (WebResource resource : descriptor.inContexts(page.contexts())) {
      String base = "/download/resources/" + descriptor.pluginKey() + ":" + resource.key() + "/";
      for (Download css : resource.styles()) {
        styles.add(base + css.name());
      }
      for (Download js : resource.scripts()) {
        scripts.add(base + js.name());
      }
    }
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.code())
        .append("\" data-color-mode=\"")
        .append(look.dark() ? "dark" : "light")
        .append("\" data-theme=\"dark:dark light:light\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"ajs-user-locale\" content=\"")
        .append(language.locale().getLanguage())
        .append("\"><meta name=\"ajs-context-path\" content=\"\"><title>")
        .append(Html.escape(page.title()))
        .append("</title>")
        .append(stylesheet("/static/lib/aui/aui-prototyping.css"))
        .append(stylesheet("/static/lib/aui/aui-prototyping-design-tokens-base-themes-css.css"))
        .append(stylesheet("/static/preview.css"));
    styles.forEach(s -> html.append(stylesheet(s)));
    html.append("</head><body class=\"aui-page-fluid ag-preview\"><div id=\"page\">")
        .append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"")
        .append(Html.escape(texts.text(language, "preview.title")))
        .append(
            "\"><div class=\"aui-header-inner\"><div class=\"aui-header-primary\"><span class=\"aui-header-logo-text ag-preview-logo\"><a href=\"")
        .append(Html.escape(look.link("/")))
        .append("\">")
        .append(Html.escape(texts.text(language, "preview.title")))
        .append("</a></span></div><div class=\"aui-header-secondary ag-preview-switches\">")
        .append(switches(look))
        .append("</div></div></nav></header>")
        .append(
            "<div class=\"aui-message aui-message-warning ag-preview-banner\" role=\"note\"><p>")
        .append(Html.escape(texts.text(language, "preview.banner")))
        .append("</p></div><section id=\"content\" role=\"main\">")
        .append(
            page.headed()
                ? "<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\"><div class=\"aui-page-header-main\"><h1>"
                    + Html.escape(page.title())
                    + "</h1></div></div></header>"
                : "")
        .append(
            "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">")
        .append(page.content())
        .append("</section></div></div></section></div>")
        .append(script("/static/lib/jquery/jquery.js"))
        .append(script("/static/lib/aui/aui-prototyping.js"))
        .append(script("/static/i18n.js?lang=" + language.code()))
        .append(script("/static/lib/almond/almond.js"))
        .append(script("/static/jira-standin.js"));
    scripts.forEach(s -> html.append(script(s)));
    html.append("<script>AGPreview.start();</script></body></html>");
    return html.toString();
  }

  private String switches(Look look) {
    StringBuilder html = new StringBuilder();
    html.append("<span class=\"ag-preview-switch\" role=\"group\" aria-label=\"")
        .append(Html.escape(texts.text(look.language(), "preview.language")))
        .append("\">");
    for (Language language : Language.values()) {
      html.append("<a class=\"aui-button aui-button-subtle\" lang=\"")
          .append(language.code())
          .append("\" href=\"")
          .append(Html.escape(look.same(language, look.dark())))
          .append('"')
          .append(language == look.language() ? " aria-current=\"true\"" : "")
          .append('>')
          .append(language.code().toUpperCase(java.util.Locale.ROOT))
          .append("</a>");
    }
    html.append("</span> <a class=\"aui-button aui-button-subtle ag-preview-theme\" href=\"")
        .append(Html.escape(look.same(look.language(), !look.dark())))
        .append("\">")
        .append(
            Html.escape(
                texts.text(
                    look.language(), look.dark() ? "preview.theme.light" : "preview.theme.dark")))
        .append("</a>");
    return html.toString();
  }

  private static String stylesheet(String href) {
    return "<link rel=\"stylesheet\" href=\"" + Html.escape(href) + "\">";
  }

  private static String script(String src) {
    return "<script src=\"" + Html.escape(src) + "\"></script>";
  }
}
