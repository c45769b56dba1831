package com.accountgoals.browser.harness;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A state the preview's server cannot produce: the app's REST calls fail with a 500 and a body that
 * is not the app's JSON (as a proxy or a crashed node in front of Jira would answer). The page's
 * {@code fetch} is wrapped (through Chromium's {@code Page.addScriptToEvaluateOnNewDocument}, so it
 * is in place before any script of the page runs); the page and the app's scripts stay real. Every
 * other state (markup in texts, an account without goals, a bad quarter, an unknown project) comes
 * from the server's real answers.
 */
public final class ServerFailure {

  private ServerFailure() {}

  /**
   * Makes every call to {@code /rest/account-goals/1.0/} answer a 500 with an HTML body, for every
   * page opened from now on, until {@link NewDocumentScript#close()}.
   */
  public static NewDocumentScript install(ChromeDriver driver) {
    String source =
        "(function () {"
            + "  var realFetch = window.fetch.bind(window);"
            + "  window.fetch = function (url, init) {"
            + "    if (String(url).indexOf('/rest/account-goals/1.0/') < 0) {"
            + "      return realFetch(url, init);"
            + "    }"
            + "    return Promise.resolve(new Response('<html><body>Internal Server Error</body></html>',"
            + "      {status: 500, headers: {'Content-Type': 'text/html'}}));"
            + "  };"
            + "}());";
    return NewDocumentScript.install(driver, source);
  }
}
