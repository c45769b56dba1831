package com.accountgoals.browser.harness;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Changes the app's REST answers inside the page, before its scripts read them: the page's {@code
 * fetch} is wrapped (through Chromium's {@code Page.addScriptToEvaluateOnNewDocument}, so it is in
 * place before any script of the page runs) and each successful JSON answer from {@code
 * /rest/account-goals/1.0/} passes through {@code transform}, the body of a JavaScript function of
 * {@code (body, url)} that returns the body to give the page. The server, the page and the app's
 * scripts stay real; only the data differs. For data the demo accounts do not hold: an account
 * without goals, texts with markup in them.
 */
public final class RestRewrite {

  private RestRewrite() {}

  /**
   * Installs the rewrite for every page opened from now on, until {@link
   * NewDocumentScript#close()}.
   */
  public static NewDocumentScript install(ChromeDriver driver, String transform) {
    String source =
        "(function () {"
            + "  var transform = function (body, url) {"
            + transform
            + "  };"
            + "  var realFetch = window.fetch.bind(window);"
            + "  window.fetch = function (url, init) {"
            + "    return realFetch(url, init).then(function (response) {"
            + "      if (String(url).indexOf('/rest/account-goals/1.0/') < 0 || !response.ok) {"
            + "        return response;"
            + "      }"
            + "      return response.json().then(function (body) {"
            + "        return new Response(JSON.stringify(transform(body, String(url))),"
            + "          {status: 200, headers: {'Content-Type': 'application/json'}});"
            + "      });"
            + "    });"
            + "  };"
            + "}());";
    return NewDocumentScript.install(driver, source);
  }
}
