package com.accountgoals.jira.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.testing.BundleI18n;
import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.testing.FakeIssue;
import com.accountgoals.jira.testing.FieldLayout;
import com.accountgoals.jira.testing.FormParams;
import com.accountgoals.jira.testing.JiraLikeVelocity;
import com.accountgoals.jira.testing.TestI18n;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.htmlunit.MockWebConnection;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextInput;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The edit form in a browser: the rendered edit template plus {@code trafficlight-edit.js} in
 * HtmlUnit's DOM. Buttons are clicked as a person would, the form is submitted, and what it posts
 * goes back through the field type as Jira would hand it over.
 */
class TrafficLightEditScriptTest {

  private static final String FIELD = "customfield_10100";
  private static final URL PAGE = url("http://jira.example/secure/EditIssue.jspa");
  private static final URL SUBMIT = url("http://jira.example/secure/EditIssue!default.jspa");

  private WebClient browser;
  private MockWebConnection server;
  private HtmlPage page;

  @BeforeEach
  void openTheEditForm() throws IOException {
    browser = new WebClient();
    browser.getOptions().setCssEnabled(false);
    server = new MockWebConnection();
    server.setResponse(SUBMIT, "<html><body>saved</body></html>");
    browser.setWebConnection(server);
    open(pageWith("TL1 RED\nG Sponsor\nR Not listed"));
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void addingAFactorOffersANewEmptyRowAfterTheLast() throws IOException {
    click(button("add"));

    assertThat(texts()).containsExactly("Sponsor", "Not listed", "", "");
  }

  @Test
  void movingAFactorUpChangesTheOrderThatIsSaved() throws IOException {
    click(buttonInRow("up", 1));

    assertThat(texts()).containsExactly("Not listed", "Sponsor", "");
    assertThat(saved()).isEqualTo("TL1 RED\nR Not listed\nG Sponsor");
  }

  @Test
  void movingAFactorDownChangesTheOrderThatIsSaved() throws IOException {
    click(buttonInRow("down", 0));

    assertThat(saved()).isEqualTo("TL1 RED\nR Not listed\nG Sponsor");
  }

  @Test
  void removingAFactorLeavesItOutOfWhatIsSaved() throws IOException {
    click(buttonInRow("remove", 0));

    assertThat(texts()).containsExactly("Not listed", "");
    assertThat(saved()).isEqualTo("TL1 RED\nR Not listed");
  }

  @Test
  void removingTheOnlyRowEmptiesItInsteadSoThereIsStillARowToTypeInto() throws IOException {
    click(buttonInRow("remove", 0));
    click(buttonInRow("remove", 0));
    click(buttonInRow("remove", 0));

    assertThat(texts()).containsExactly("");
  }

  @Test
  void aNewFactorTypedIntoAnAddedRowIsSavedWithItsColour() throws IOException {
    click(button("add"));
    List<HtmlTextInput> inputs = textInputs();
    inputs.get(2).type("New finance director");
    inputs.get(3).type("Budget frozen");
    HtmlSelect colour = rows().get(3).querySelector("select");
    colour.setSelectedAttribute("RED", true);

    assertThat(saved())
        .isEqualTo("TL1 RED\nG Sponsor\nR Not listed\nA New finance director\nR Budget frozen");
  }

  @Nested
  @DisplayName("with the keyboard")
  class Keyboard {

    @Test
    void enterInAFactorNeitherSavesNorReachesTheDialog() {
      textInputs().get(0).focus();

      assertThat(pressEnter()).as("default action (saving the form) cancelled").isFalse();
      assertThat(page.executeJavaScript("window.dialogSawEnter").getJavaScriptResult())
          .isEqualTo(false);
    }

    @Test
    void enterElsewhereInTheDialogIsLeftToTheDialog() {
      page.getHtmlElementById("summary").focus();

      assertThat(pressEnter()).isTrue();
      assertThat(page.executeJavaScript("window.dialogSawEnter").getJavaScriptResult())
          .isEqualTo(true);
    }

    @Test
    void enterInAFactorMovesToTheNextFactor() {
      textInputs().get(0).type(KeyboardEvent.DOM_VK_RETURN);

      assertThat(page.getFocusedElement()).isEqualTo(textInputs().get(1));
      assertThat(texts()).containsExactly("Sponsor", "Not listed", "");
    }

    @Test
    void enterAfterTypingANewFactorOffersANewEmptyRow() throws IOException {
      HtmlTextInput last = textInputs().get(2);
      last.type("Budget frozen");
      last.type(KeyboardEvent.DOM_VK_RETURN);

      assertThat(texts()).containsExactly("Sponsor", "Not listed", "Budget frozen", "");
      assertThat(page.getFocusedElement()).isEqualTo(textInputs().get(3));
      assertThat(labels()).containsExactly("Factor 1", "Factor 2", "Factor 3", "Factor 4");
    }

    @Test
    void enterInTheEmptyLastRowAddsNoRow() {
      textInputs().get(2).type(KeyboardEvent.DOM_VK_RETURN);

      assertThat(texts()).containsExactly("Sponsor", "Not listed", "");
      assertThat(page.getFocusedElement()).isEqualTo(textInputs().get(2));
    }
  }

  @Nested
  @DisplayName("numbers, names and focus")
  class NumbersAndFocus {

    @Test
    void removingAFactorMovesFocusToTheNextFactorAndRenumbersTheRows() throws IOException {
      click(buttonInRow("remove", 0));

      assertThat(page.getFocusedElement()).isEqualTo(textInputs().get(0));
      assertThat(labels()).containsExactly("Factor 1", "Factor 2");
      assertThat(attributes(".ag-tl-row-remove", "aria-label"))
          .containsExactly("Remove factor 1: Not listed", "Remove factor 2");
      assertThat(attributes(".ag-tl-row-text", "id"))
          .containsExactly(FIELD + "-text-1", FIELD + "-text-2");
      assertThat(attributes(".ag-tl-row-label", "for"))
          .containsExactly(FIELD + "-text-1", FIELD + "-text-2");
      assertThat(attributes("[data-ag-tl-count]", "id"))
          .containsExactly(FIELD + "-count-1", FIELD + "-count-2");
      assertThat(status()).isEqualTo("Factor 1 removed.");
    }

    @Test
    void removingTheLastRowMovesFocusToAddFactor() throws IOException {
      click(buttonInRow("remove", 2));

      assertThat(page.getFocusedElement()).isEqualTo(button("add"));
      assertThat(status()).isEqualTo("Factor 3 removed.");
    }

    @Test
    void emptyingTheOnlyRowKeepsFocusInIt() throws IOException {
      click(buttonInRow("remove", 0));
      click(buttonInRow("remove", 0));
      click(buttonInRow("remove", 0));

      assertThat(page.getFocusedElement()).isEqualTo(textInputs().get(0));
      assertThat(attributes(".ag-tl-row-remove", "aria-label")).containsExactly("Remove factor 1");
    }

    @Test
    void movingAFactorKeepsFocusOnItsButtonAndRenamesTheControls() throws IOException {
      click(buttonInRow("down", 0));

      assertThat(page.getFocusedElement()).isEqualTo(buttonInRow("down", 1));
      assertThat(attributes(".ag-tl-row-colour", "aria-label"))
          .containsExactly("Colour of factor 1", "Colour of factor 2", "Colour of factor 3");
      assertThat(attributes(".ag-tl-row-up", "aria-label"))
          .containsExactly("Move factor 1 up", "Move factor 2 up", "Move factor 3 up");
      assertThat(attributes(".ag-tl-row-down", "title"))
          .containsExactly("Move factor 1 down", "Move factor 2 down", "Move factor 3 down");
      assertThat(attributes(".ag-tl-row-remove", "title"))
          .containsExactly(
              "Remove factor 1: Not listed", "Remove factor 2: Sponsor", "Remove factor 3");
      assertThat(status()).isEqualTo("Moved: now factor 2.");
    }

    @Test
    void movingTheFirstFactorUpChangesNothing() throws IOException {
      click(buttonInRow("up", 0));

      assertThat(texts()).containsExactly("Sponsor", "Not listed", "");
      assertThat(status()).isEmpty();
    }

    @Test
    void theRemoveButtonIsNamedAfterWhatIsTypedAsPlainText() throws IOException {
      textInputs().get(2).type("<img src=x onerror=alert(1)> $& {1}");

      assertThat(buttonInRow("remove", 2).getAttribute("aria-label"))
          .isEqualTo("Remove factor 3: <img src=x onerror=alert(1)> $& {1}");
      assertThat(page.querySelectorAll("img")).isEmpty();
    }
  }

  @Nested
  @DisplayName("limits")
  class Limits {

    @Test
    void theCountAppearsNearTheLengthLimit() throws IOException {
      HtmlTextInput box = textInputs().get(2);
      box.type("x".repeat(203));
      assertThat(count(2).isDisplayed()).isFalse();

      box.type("x");

      assertThat(count(2).isDisplayed()).isTrue();
      assertThat(count(2).getTextContent()).isEqualTo("204 of 255 characters");
      assertThat(box.getAttribute("aria-describedby")).isEqualTo(FIELD + "-count-3");
      assertThat(box.hasAttribute("aria-invalid")).isFalse();
    }

    @Test
    void goingOverTheLengthLimitMarksTheFactorAndSaysSo() throws IOException {
      HtmlTextInput box = textInputs().get(2);
      box.type("\uD83D\uDE00".repeat(255));
      assertThat(box.hasAttribute("aria-invalid")).isFalse();

      box.type("x");

      assertThat(count(2).getTextContent()).isEqualTo("256 of 255 characters");
      assertThat(count(2).getAttribute("class")).contains("ag-tl-over");
      assertThat(box.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(status()).isEqualTo("256 of 255 characters");
    }

    @Test
    void addingTheFiftiethRowDisablesAddFactorAndSaysWhy() throws IOException {
      open(pageWith(FactorRows.storedGreen(48)));
      assertThat(button("add").hasAttribute("aria-disabled")).isFalse();

      click(button("add"));

      assertThat(rows()).hasSize(50);
      assertThat(button("add").getAttribute("aria-disabled")).isEqualTo("true");
      assertThat(button("add").getAttribute("aria-describedby")).isEqualTo(FIELD + "-full");
      assertThat(page.getHtmlElementById(FIELD + "-full").isDisplayed()).isTrue();
    }

    @Test
    void addFactorAtTheLimitAddsNothingAndAnnouncesWhy() throws IOException {
      open(pageWith(FactorRows.storedGreen(50)));

      click(button("add"));

      assertThat(rows()).hasSize(50);
      assertThat(status()).startsWith("No room for another factor");
    }

    @Test
    void enterInTheLastFactorAtTheLimitAnnouncesWhyNoRowIsAdded() throws IOException {
      open(pageWith(FactorRows.storedGreen(50)));

      textInputs().get(49).type(KeyboardEvent.DOM_VK_RETURN);

      assertThat(rows()).hasSize(50);
      assertThat(status()).startsWith("No room for another factor");
    }

    @Test
    void removingAFactorAtTheLimitEnablesAddFactorAgain() throws IOException {
      open(pageWith(FactorRows.storedGreen(50)));

      click(buttonInRow("remove", 0));

      assertThat(button("add").hasAttribute("aria-disabled")).isFalse();
      assertThat(button("add").hasAttribute("aria-describedby")).isFalse();
      assertThat(page.getHtmlElementById(FIELD + "-full").isDisplayed()).isFalse();
    }
  }

  @Nested
  @DisplayName("after a refused save")
  class AfterARefusedSave {

    @BeforeEach
    void openTheRefusedForm() throws IOException {
      open(pageWithValue(FactorRows.posted("", "RED", "x".repeat(256), "GREEN", "Sponsor")));
    }

    @Test
    void aNewRowIsAmberAndEmptyWithoutTheProblemOfTheRowItCameFrom() throws IOException {
      page.<HtmlSelect>querySelector(".ag-tl-row:last-child select")
          .setSelectedAttribute("RED", true);
      click(button("add"));

      HtmlElement added = rows().get(rows().size() - 1);
      assertThat(
              added
                  .<HtmlSelect>querySelector("select")
                  .getSelectedOptions()
                  .get(0)
                  .getValueAttribute())
          .isEqualTo("AMBER");
      assertThat(added.querySelectorAll(".ag-tl-row-error")).isEmpty();
      assertThat(added.<HtmlElement>querySelector(".ag-tl-row-text").hasAttribute("aria-invalid"))
          .isFalse();
    }

    @Test
    void theProblemStaysBesideItsRowWhenRowsMove() throws IOException {
      click(buttonInRow("up", 1));

      HtmlElement moved = rows().get(1);
      assertThat(moved.<HtmlElement>querySelector(".ag-tl-row-error").getTextContent())
          .isEqualTo("A factor can have at most 255 characters; this one has 256.");
      assertThat(
              moved.<HtmlElement>querySelector(".ag-tl-row-text").getAttribute("aria-describedby"))
          .isEqualTo(FIELD + "-error-2");
      assertThat(moved.<HtmlElement>querySelector(".ag-tl-row-error").getAttribute("id"))
          .isEqualTo(FIELD + "-error-2");
    }

    @Test
    void theFactorStaysMarkedWhileItHasAProblem() throws IOException {
      textInputs().get(0).type("y");

      assertThat(textInputs().get(0).getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(textInputs().get(0).getAttribute("aria-describedby"))
          .isEqualTo(FIELD + "-error-1 " + FIELD + "-count-1");
    }
  }

  private String saved() throws IOException {
    HtmlElement form = page.getHtmlElementById("edit-form");
    form.<HtmlElement>querySelector("input[type=submit]").click();
    List<NameValuePair> posted = server.getLastWebRequest().getRequestParameters();
    List<String> keysAndValues = new ArrayList<>();
    for (NameValuePair pair : posted) {
      if (pair.getName().startsWith(FIELD + ":")) {
        keysAndValues.add(pair.getName().substring(FIELD.length() + 1));
        keysAndValues.add(pair.getValue());
      }
    }
    return type()
        .getValueFromCustomFieldParams(FormParams.of(keysAndValues.toArray(String[]::new)));
  }

  /**
   * Presses Enter in the focused element as a browser does, and tells whether the key's default
   * action (in a text box: submitting the form) is still to happen.
   */
  private boolean pressEnter() {
    return (Boolean)
        page.executeJavaScript(
                "document.activeElement.dispatchEvent(new KeyboardEvent('keydown',"
                    + " {key: 'Enter', bubbles: true, cancelable: true}))")
            .getJavaScriptResult();
  }

  private List<String> labels() {
    return page.querySelectorAll(".ag-tl-row-label").stream().map(DomNode::getTextContent).toList();
  }

  private List<String> attributes(String selector, String attribute) {
    return page.querySelectorAll(selector).stream()
        .map(node -> ((DomElement) node).getAttribute(attribute))
        .toList();
  }

  private String status() {
    return page.querySelector("[data-ag-tl-status]").getTextContent();
  }

  private HtmlElement count(int row) {
    return rows().get(row).querySelector("[data-ag-tl-count]");
  }

  @Nested
  @DisplayName("after a hand-made post with a colour the form does not know")
  class AfterAnUnknownColour {

    @BeforeEach
    void openTheRefusedForm() throws IOException {
      open(pageWithValue(FactorRows.posted("", "RED", "Budget frozen", "PINK", "")));
    }

    @Test
    void theRowShowsChooseAColourAndANewRowMadeFromItStartsAmberWithoutIt() throws IOException {
      HtmlSelect unknown = rows().get(1).querySelector("select");
      assertThat(unknown.getSelectedOptions().get(0).getText()).isEqualTo("Choose a colour");

      click(button("add"));

      HtmlSelect added = rows().get(rows().size() - 1).querySelector("select");
      assertThat(added.getSelectedOptions().get(0).getValueAttribute()).isEqualTo("AMBER");
      assertThat(added.querySelectorAll("[data-ag-tl-choose]")).isEmpty();
      assertThat(added.hasAttribute("aria-invalid")).isFalse();
    }
  }

  private void open(String html) throws IOException {
    server.setResponse(PAGE, html);
    page = browser.getPage(PAGE);
  }

  private List<String> texts() {
    return textInputs().stream().map(HtmlTextInput::getValue).toList();
  }

  private List<HtmlTextInput> textInputs() {
    return page.querySelectorAll("input[name='" + FIELD + ":text']").stream()
        .map(HtmlTextInput.class::cast)
        .toList();
  }

  private List<HtmlElement> rows() {
    return page.querySelectorAll("[data-ag-tl-row]").stream().map(HtmlElement.class::cast).toList();
  }

  private HtmlButton button(String action) {
    return page.querySelector("[data-ag-tl-action='" + action + "']");
  }

  private HtmlButton buttonInRow(String action, int row) {
    return rows().get(row).querySelector("[data-ag-tl-action='" + action + "']");
  }

  private void click(HtmlButton button) throws IOException {
    button.click();
  }

  private static String pageWith(String stored) throws IOException {
    return pageWithValue(FormParams.stored(stored));
  }

  /** The edit form as Jira shows it for these parameters (stored, or posted and refused). */
  private static String pageWithValue(FormParams formParams) throws IOException {
    TrafficLightFieldType type = type();
    FakeIssue issue = new FakeIssue(10L, "ACME-1");
    FakeCustomField field = new FakeCustomField(10100, "Traffic light");
    Map<String, Object> params = new HashMap<>(type.getVelocityParameters(issue, field, null));
    params.put("value", type.getStringValueFromCustomFieldParams(formParams));
    params.put("customField", field);
    params.put("fieldLayoutItem", new FieldLayout(false, null));
    params.put("displayParameters", Map.of());
    params.put("auiparams", Map.of());
    params.put("action", "edit");
    params.put("i18n", new BundleI18n(Locale.ENGLISH));
    String form = new JiraLikeVelocity().render("templates/trafficlight/edit.vm", params);
    return "<!DOCTYPE html><html><head><script>"
        + resource("/js/trafficlight-edit.js")
        + "</script></head><body><form id=\"edit-form\" method=\"post\" action=\""
        + SUBMIT
        + "\"><input type=\"text\" id=\"summary\" name=\"summary\" value=\"Grow ACME\">"
        + form
        + "<input type=\"submit\" value=\"Update\"></form>"
        // Stands in for the dialog's own key handling, which listens on its form.
        + "<script>window.dialogSawEnter = false; document.getElementById('edit-form')"
        + ".addEventListener('keydown', function (e) { window.dialogSawEnter = e.key === 'Enter'; });"
        + "</script></body></html>";
  }

  private static TrafficLightFieldType type() {
    return new TrafficLightFieldType(null, null, TestI18n.userSpeaking(Locale.ENGLISH), null);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = TrafficLightEditScriptTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static URL url(String address) {
    try {
      return new URL(address);
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
