package com.accountgoals.preview;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.jira.admin.AdminPreview;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

/**
 * Who is calling, for the length of one request: the language ({@code ?lang=}; for a call of the
 * app's REST API without it, the {@code lang} of the page that made the call, from its Referer;
 * else Accept-Language) and the demo account the request is about ({@code ?project=}, or the
 * project of the issue key in the path). In Jira the calling user's locale comes from the
 * authentication context; here this filter sets it on the request's thread, and the in-memory ports
 * read it: the settings store (the account's fiscal year), "today" (the account's story day) and
 * the translated texts.
 *
 * <p>The app's scripts call the REST API without a language, as in Jira, where the server answers
 * in the user's locale whatever the browser asks for. The preview's stand-in for that locale is the
 * page's {@code lang}, so a REST call answers in the language of the page it came from.
 *
 * <p>Held by one preview, never static: two previews in one JVM (tests) keep apart.
 */
final class Caller implements Filter {

  private static final Pattern ISSUE_KEY = Pattern.compile("/([A-Z][A-Z0-9_]*-[1-9][0-9]*)(?:/|$)");

  private static final String REST = "/rest/";

  /** The admin page's language, for its forms' posts (see {@link #isAdminPage}). */
  static final String LANG_COOKIE = "ag-preview-lang";

  private final DemoAccounts accounts;
  private final ThreadLocal<Language> language = ThreadLocal.withInitial(() -> Language.ENGLISH);
  private final ThreadLocal<SampleAccount> account;

  Caller(DemoAccounts accounts) {
    this.accounts = accounts;
    this.account = ThreadLocal.withInitial(accounts::first);
  }

  /** The caller's language on this thread. */
  Language language() {
    return language.get();
  }

  /** The account the request on this thread is about, or the first account. */
  SampleAccount account() {
    return account.get();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String lang = http.getParameter("lang");
    if (lang == null && isRest(http)) {
      lang = langOfPage(http.getHeader("Referer"));
    }
    if (lang == null && isAdminPage(http)) {
      lang = cookie(http, LANG_COOKIE);
    }
    language.set(Language.of(lang, http.getHeader("Accept-Language")));
    account.set(accountOf(http).orElseGet(accounts::first));
    try {
      chain.doFilter(request, response);
    } finally {
      language.remove();
      account.remove();
    }
  }

  private static boolean isRest(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path != null && path.startsWith(REST);
  }

  /**
   * The admin page's forms post to Jira's address of the page, which carries no {@code lang}: in
   * Jira the user's locale comes with the session, here with the cookie the page sets.
   */
  private static boolean isAdminPage(HttpServletRequest request) {
    String path = request.getRequestURI();
    return AdminPreview.PATH.equals(path) || "/admin".equals(path);
  }

  /** The value of the request's cookie {@code name}, or null. */
  static String cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    for (Cookie cookie : cookies == null ? new Cookie[0] : cookies) {
      if (cookie.getName().equals(name)) {
        return cookie.getValue();
      }
    }
    return null;
  }

  /** The {@code lang} parameter of the page at {@code referer}, or null. */
  static String langOfPage(String referer) {
    if (referer == null) {
      return null;
    }
    try {
      String query = URI.create(referer).getRawQuery();
      if (query == null) {
        return null;
      }
      for (String pair : query.split("&")) {
        if (pair.startsWith("lang=")) {
          return URLDecoder.decode(pair.substring("lang=".length()), StandardCharsets.UTF_8);
        }
      }
      return null;
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  private Optional<SampleAccount> accountOf(HttpServletRequest request) {
    String project = request.getParameter("project");
    if (project != null && !project.isBlank()) {
      try {
        return accounts.account(ProjectKey.of(project.trim()));
      } catch (RuntimeException invalid) {
        return Optional.empty();
      }
    }
    String path = request.getRequestURI();
    Matcher key = ISSUE_KEY.matcher(path == null ? "" : path);
    if (key.find()) {
      try {
        return accounts.account(IssueKey.of(key.group(1)).project());
      } catch (RuntimeException invalid) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
