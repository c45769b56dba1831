package com.accountgoals.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /static/i18n.js?lang=xx}: the app's bundle in the caller's language as AUI's {@code
 * AJS.I18n.keys}, which AUI's own {@code AJS.I18n.getText(key, ...)} reads and formats. In Jira the
 * jsI18n transformer puts the same texts into the served scripts; the scripts' calls are the same.
 */
final class I18nScript extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final transient Caller caller;

  I18nScript(Caller caller) {
    this.caller = caller;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String keys = JSON.writeValueAsString(BundleTexts.of(caller.language()).patterns());
    response.setContentType("application/javascript;charset=UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response
        .getWriter()
        .write(
            "/* The app's texts in the page's language (preview stand-in for Jira's jsI18n). */\n"
                + "Object.assign(AJS.I18n.keys, "
                + keys.replace("</", "<\\/")
                + ");\n");
  }
}
