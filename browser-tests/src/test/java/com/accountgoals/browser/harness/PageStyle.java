package com.accountgoals.browser.harness;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A style sheet added to every page opened from now on, before any of its scripts runs (through
 * Chromium's {@code Page.addScriptToEvaluateOnNewDocument}), until {@link
 * NewDocumentScript#close()}.
 */
public final class PageStyle {

  /**
   * Lets the preview's frame shrink to a narrow window, as Jira's own pages do: the preview uses
   * AUI's focused page, whose header and panel are 980 px wide whatever the window.
   */
  public static final String FRAME_FOLLOWS_WINDOW =
      ".aui-page-focused .aui-page-header, .aui-page-focused .aui-page-panel"
          + " { width: auto !important; margin-left: 8px !important; margin-right: 8px !important; }";

  private PageStyle() {}

  public static NewDocumentScript install(ChromeDriver driver, String css) {
    // At that moment the document has no element yet: the sheet goes into <head> as soon as the
    // parser makes it, before any script of the page can run.
    String source =
        "(function () { var css = '"
            + css.replace("\\", "\\\\").replace("'", "\\'")
            + "'; function add() { if (!document.head) { return false; }"
            + " var style = document.createElement('style'); style.textContent = css;"
            + " document.head.appendChild(style); return true; }"
            + " if (!add()) { var watch = new MutationObserver(function () {"
            + " if (add()) { watch.disconnect(); } });"
            + " watch.observe(document, {childList: true, subtree: true}); } }());";
    return NewDocumentScript.install(driver, source);
  }
}
