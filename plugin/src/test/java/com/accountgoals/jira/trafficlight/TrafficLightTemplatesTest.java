package com.accountgoals.jira.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.testing.FakeIssue;
import com.accountgoals.jira.testing.FormParams;
import com.accountgoals.jira.testing.TrafficLightTemplates;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import java.io.StringReader;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Renders each template of the field with a real Velocity engine, escaping as Jira does, with the
 * parameters the field type gives Jira.
 */
class TrafficLightTemplatesTest {

  private static final String SCRIPT = "<script>alert('x')</script> & \"quotes\"";
  private static final String IMG = "<img src=x onerror=alert(1)>";
  private static final String FIELD = "customfield_10100";

  private final TrafficLightTemplates templates = new TrafficLightTemplates();
  private final FakeIssue issue = new FakeIssue(10L, "ACME-1");
  private final FakeCustomField field = new FakeCustomField(10100, "Traffic light");

  @Nested
  @DisplayName("view")
  class View {

    @Test
    void showsTheColourAsAShapeAndAWordAndWhereItComesFrom() {
      Document html = render("view.vm", "TL1 -\nG Sponsor\nR Not listed\nA New CFO");

      assertThat(html.select(".ag-tl-summary .ag-tl-shape").hasClass("ag-tl-shape-red")).isTrue();
      assertThat(html.select(".ag-tl-summary .ag-tl-shape").attr("aria-hidden")).isEqualTo("true");
      assertThat(html.select(".ag-tl-summary").text()).isEqualTo("Red from the factors");
    }

    @Test
    void keepsTheTeamsOrderOfFactorsAcrossColoursEachMarkedWithItsColour() {
      Document html = render("view.vm", "TL1 -\nG Sponsor\nR Not listed\nA New CFO");

      assertThat(html.select(".ag-tl-factor-text").eachText())
          .containsExactly("Sponsor", "Not listed", "New CFO");
      assertThat(html.select(".ag-tl-factor .ag-tl-word").eachText())
          .containsExactly("Green", "Red", "Amber");
      assertThat(html.select(".ag-tl-factor .ag-tl-shape").eachAttr("class"))
          .containsExactly(
              "ag-tl-shape ag-tl-shape-green",
              "ag-tl-shape ag-tl-shape-red",
              "ag-tl-shape ag-tl-shape-amber");
      assertThat(html.select(".ag-tl-factor").first().text()).isEqualTo("Green (For us): Sponsor");
      assertThat(html.select(".ag-tl-factors-title").text())
          .isEqualTo("Factors, in the team's order");
    }

    @Test
    void saysInWordsWhenTheTeamsColourHidesWhatTheFactorsSay() {
      Document html = render("view.vm", "TL1 GREEN\nG Sponsor\nR Not listed");

      assertThat(html.select(".ag-tl-source").text()).isEqualTo("set by the team");
      assertThat(html.select(".ag-tl-contradiction").text())
          .isEqualTo("The team set this light to Green, but its factors alone would make it Red.");
    }

    @Test
    void saysNothingAboutTheFactorsWhenTheTeamsColourAgreesWithThem() {
      Document html = render("view.vm", "TL1 RED\nG Sponsor\nR Not listed");

      assertThat(html.select(".ag-tl-contradiction")).isEmpty();
    }

    @Test
    void showsAColourTheTeamSetWithoutFactorsWithoutAListOrANote() {
      Document html = render("view.vm", "TL1 AMBER");

      assertThat(html.select(".ag-tl-summary").text()).isEqualTo("Amber set by the team");
      assertThat(html.select(".ag-tl-factors, .ag-tl-factors-title, .ag-tl-contradiction"))
          .isEmpty();
    }

    @Test
    void rendersMarkupInAFactorAsInertText() {
      String out = renderText("view.vm", "TL1 -\nR " + IMG, Locale.ENGLISH);

      assertThat(out).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
      assertThat(Jsoup.parse(out).select("img, script")).isEmpty();
      assertThat(Jsoup.parse(out).select(".ag-tl-factor-text").text()).isEqualTo(IMG);
    }

    @Test
    void explainsAnUnreadableValueInWordsAndShowsTheStoredTextAsText() {
      Document html = render("view.vm", "TL7 who knows <b>");

      assertThat(html.select(".ag-tl-unreadable").text()).isEqualTo("Unreadable value");
      assertThat(html.select(".ag-tl-unreadable-detail").text())
          .startsWith("The stored traffic light could not be read.")
          .contains("To replace it, edit the field");
      assertThat(html.select(".ag-tl-raw summary").text()).isEqualTo("Stored text");
      assertThat(html.select(".ag-tl-raw pre").text()).isEqualTo("TL7 who knows <b>");
      assertThat(html.select(".ag-tl-raw pre b")).isEmpty();
      assertThat(html.select(".ag-tl-summary")).isEmpty();
    }

    @Test
    void showsNothingWithoutAValue() {
      assertThat(renderText("view.vm", null, Locale.ENGLISH)).isBlank();
    }

    @Test
    void speaksGermanToAGermanUser() {
      Document html =
          Jsoup.parse(renderText("view.vm", "TL1 GREEN\nR Nicht gelistet", Locale.GERMAN));

      assertThat(html.select(".ag-tl-colour").text()).isEqualTo("Gr\u00fcn");
      assertThat(html.select(".ag-tl-factor").text())
          .isEqualTo("Rot (Spricht gegen uns): Nicht gelistet");
      assertThat(html.select(".ag-tl-contradiction").text())
          .isEqualTo(
              "Das Team hat diese Ampel auf Gr\u00fcn gesetzt, die Faktoren allein ergeben aber Rot.");
      assertThat(html.select(".ag-tl-factors-title").text())
          .isEqualTo("Faktoren in der Reihenfolge des Teams");
    }

    @Test
    void speaksItalianToAnItalianUser() {
      Document html = Jsoup.parse(renderText("view.vm", "TL1 RED\nA Nuovo CFO", Locale.ITALIAN));

      assertThat(html.select(".ag-tl-colour").text()).isEqualTo("Rosso");
      assertThat(html.select(".ag-tl-source").text()).isEqualTo("impostato dal team");
      assertThat(html.select(".ag-tl-contradiction").text())
          .isEqualTo(
              "Il team ha impostato questo semaforo su Rosso, ma i soli fattori darebbero Giallo.");
      assertThat(html.select(".ag-tl-factors-title").text())
          .isEqualTo("Fattori, nell'ordine del team");
    }

    @Test
    void explainsAnUnreadableValueInGerman() {
      Document html = Jsoup.parse(renderText("view.vm", "kaputt", Locale.GERMAN));

      assertThat(html.select(".ag-tl-unreadable").text()).isEqualTo("Unlesbarer Wert");
      assertThat(html.select(".ag-tl-raw summary").text()).isEqualTo("Gespeicherter Text");
    }
  }

  @Nested
  @DisplayName("column view")
  class ColumnView {

    @Test
    void showsAShapeAndTheColourWordSoThatColourIsNotTheOnlyCue() {
      Document html = render("column-view.vm", "TL1 -\nA New CFO\nG Sponsor");

      assertThat(html.select(".ag-tl-badge .ag-tl-shape").hasClass("ag-tl-shape-amber")).isTrue();
      assertThat(html.select(".ag-tl-badge .ag-tl-shape").attr("aria-hidden")).isEqualTo("true");
      assertThat(html.text()).isEqualTo("Amber");
    }

    @Test
    void namesTheColourInTheUsersLanguage() {
      Document html = Jsoup.parse(renderText("column-view.vm", "TL1 GREEN", Locale.ITALIAN));

      assertThat(html.text()).isEqualTo("Verde");
    }

    @Test
    void saysInWordsThatAValueIsUnreadable() {
      Document html = render("column-view.vm", "TL9 ?");

      assertThat(html.text()).isEqualTo("Unreadable value");
    }

    @Test
    void isEmptyWithoutAValue() {
      assertThat(renderText("column-view.vm", null, Locale.ENGLISH)).isBlank();
    }
  }

  @Nested
  @DisplayName("XML export")
  class Xml {

    @Test
    void isWellFormedXmlWithTheColourAndEveryFactorTextIntactInTheTeamsOrder() throws Exception {
      String xml = renderText("xml.vm", "TL1 AMBER\nG Sponsor\nR " + SCRIPT, Locale.ENGLISH);

      org.w3c.dom.Document doc =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new InputSource(new StringReader("<values>" + xml + "</values>")));
      assertThat(doc.getElementsByTagName("customfieldvalue").item(0).getTextContent())
          .isEqualTo("AMBER");
      assertThat(doc.getElementsByTagName("factor").item(0).getTextContent()).isEqualTo("Sponsor");
      assertThat(doc.getElementsByTagName("factor").item(1).getTextContent()).isEqualTo(SCRIPT);
      assertThat(
              ((org.w3c.dom.Element) doc.getElementsByTagName("factor").item(1))
                  .getAttribute("colour"))
          .isEqualTo("RED");
    }
  }

  @Nested
  @DisplayName("edit")
  class Edit {

    @Test
    void showsTheFactorsInOrderAndAnEmptyRowForANewOne() {
      Document html = renderEdit(FormParams.stored("TL1 RED\nG Sponsor\nR Not listed"));

      assertThat(html.select("select[name=customfield_10100:overall] option[selected]").val())
          .isEqualTo("RED");
      assertThat(html.select("input[name=customfield_10100:text]").eachAttr("value"))
          .containsExactly("Sponsor", "Not listed", "");
      assertThat(
              html.select("select[name=customfield_10100:colour] option[selected]")
                  .eachAttr("value"))
          .containsExactly("GREEN", "RED", "AMBER");
    }

    @Test
    void offersOneEmptyAmberRowAndTheDerivedColourForAFieldWithoutAValue() {
      String out = renderEditText(FormParams.of(), Locale.ENGLISH);
      Document html = Jsoup.parse(out);

      assertThat(html.select("select[name=customfield_10100:overall] option[selected]")).isEmpty();
      assertThat(html.select("select[name=customfield_10100:overall] option").first().text())
          .isEqualTo("Derive from the factors");
      assertThat(html.select("input[name=customfield_10100:text]").eachAttr("value"))
          .containsExactly("");
      assertThat(
              html.select("select[name=customfield_10100:colour] option[selected]")
                  .eachAttr("value"))
          .containsExactly("AMBER");
      assertThat(html.select(".ag-tl-keep, input[name=customfield_10100:keep]")).isEmpty();
      assertThat(html.select(".ag-tl-edit-factors > .description").text())
          .isEqualTo(
              "Up to 50 factors, each up to 255 characters. Enter in a factor moves to the next"
                  + " one.");
      assertThat(out).doesNotContain("$");
    }

    @Test
    void hasTheVisibleControlWithTheFieldIdThatJirasInlineEditLooksFor() {
      Document html = renderEdit(FormParams.stored("TL1 RED"));

      Element control = html.getElementById("customfield_10100");
      assertThat(control).isNotNull();
      assertThat(control.tagName()).isEqualTo("select");
      assertThat(html.select("label[for=customfield_10100]")).isNotEmpty();
    }

    @Test
    void offersDerivingTheColourAndEveryColourInTheUsersLanguage() {
      Document html = renderEdit(FormParams.stored("TL1 -\nG Sponsor"), Locale.GERMAN);

      assertThat(html.select("select[name=customfield_10100:overall] option").eachText())
          .containsExactly("Aus den Faktoren ableiten", "Gr\u00fcn", "Gelb", "Rot");
      assertThat(html.select("select[name=customfield_10100:overall] option[selected]")).isEmpty();
    }

    @Test
    void keepsScriptInAFactorInertInsideTheInputValue() {
      String out = renderEditText(FormParams.stored("TL1 -\nR " + SCRIPT), Locale.ENGLISH);

      assertThat(out).doesNotContain("<script>");
      assertThat(Jsoup.parse(out).select("input[name=customfield_10100:text]").first().val())
          .isEqualTo(SCRIPT);
    }

    @Test
    void showsWhatWasTypedAfterARefusedSave() {
      Document html =
          renderEdit(FormParams.of("overall", "AMBER", "colour", "RED", "text", "x".repeat(300)));

      assertThat(html.select("input[name=customfield_10100:text]").eachAttr("value"))
          .containsExactly("x".repeat(300), "");
      assertThat(html.select("select[name=customfield_10100:overall] option[selected]").val())
          .isEqualTo("AMBER");
    }

    @Test
    void aRowWithAColourTheFormDoesNotKnowShowsChooseAColourWithItsErrorNotAColourNobodyChose() {
      Document html = renderEdit(FactorRows.posted("", "RED", "Budget frozen", "PINK", "New CFO"));

      Elements selects = html.select("select[name=customfield_10100:colour]");
      Element pink = selects.get(1);
      assertThat(pink.select("option[selected]")).hasSize(1);
      assertThat(pink.select("option[selected]").text()).isEqualTo("Choose a colour");
      assertThat(pink.select("option[selected]").val()).isEqualTo("PINK");
      assertThat(pink.attr("aria-invalid")).isEqualTo("true");
      String error = html.getElementById(pink.attr("aria-describedby")).text();
      assertThat(error).contains("PINK");
      assertThat(selects.get(0).select("option[selected]").val()).isEqualTo("RED");
      assertThat(selects.get(0).select("[data-ag-tl-choose]")).isEmpty();
    }

    @Test
    void anOverallColourTheFormDoesNotKnowShowsChooseAColourWithItsErrorBesideIt() {
      Document html = renderEdit(FormParams.of("overall", "PINK", "colour", "RED", "text", "x"));

      Element overall = html.selectFirst("select[name=customfield_10100:overall]");
      assertThat(overall.select("option[selected]")).hasSize(1);
      assertThat(overall.select("option[selected]").text()).isEqualTo("Choose a colour");
      assertThat(overall.select("option[selected]").val()).isEqualTo("PINK");
      assertThat(html.getElementById(overall.attr("aria-describedby")).text()).contains("PINK");
      assertThat(html.select(".ag-tl-list-error")).isEmpty();
    }

    @Test
    void aColourPostedInLowerCaseIsShownAsTheColourItIs() {
      Document html = renderEdit(FormParams.of("overall", "amber", "colour", "red", "text", "x"));

      assertThat(html.select("select[name=customfield_10100:overall] option[selected]").val())
          .isEqualTo("AMBER");
      assertThat(
              html.select("select[name=customfield_10100:colour] option[selected]").first().val())
          .isEqualTo("RED");
      assertThat(html.select("[data-ag-tl-choose]")).isEmpty();
    }

    @Test
    void warnsAboutAndCarriesAnUnreadableValueSoThatSavingOtherFieldsKeepsIt() {
      Document html = renderEdit(FormParams.stored("TL7 who\nknows"));

      assertThat(html.select(".ag-tl-keep p").text())
          .startsWith("The stored value could not be read.");
      assertThat(html.select("input[type=hidden][name=customfield_10100:keep]").val())
          .isEqualTo("TL7 who\nknows");
    }

    @Test
    void numbersEveryRowVisiblyAndGivesEachControlItsOwnName() {
      Document html = renderEdit(FormParams.stored("TL1 -\nG Sponsor\nR Not listed"));

      assertThat(html.select(".ag-tl-row-label").eachText())
          .containsExactly("Factor 1", "Factor 2", "Factor 3");
      assertThat(html.select(".ag-tl-row-label").eachAttr("for"))
          .containsExactly(FIELD + "-text-1", FIELD + "-text-2", FIELD + "-text-3");
      assertThat(html.select(".ag-tl-row-text").eachAttr("id"))
          .containsExactly(FIELD + "-text-1", FIELD + "-text-2", FIELD + "-text-3");
      assertThat(html.select(".ag-tl-row-colour").eachAttr("aria-label"))
          .containsExactly("Colour of factor 1", "Colour of factor 2", "Colour of factor 3");
      assertThat(html.select(".ag-tl-row-up").eachAttr("aria-label"))
          .containsExactly("Move factor 1 up", "Move factor 2 up", "Move factor 3 up");
      assertThat(html.select(".ag-tl-row-down").eachAttr("aria-label"))
          .containsExactly("Move factor 1 down", "Move factor 2 down", "Move factor 3 down");
      assertThat(html.select(".ag-tl-row-remove").eachAttr("aria-label"))
          .containsExactly(
              "Remove factor 1: Sponsor", "Remove factor 2: Not listed", "Remove factor 3");
      assertThat(html.select(".ag-tl-row-remove").eachAttr("title"))
          .isEqualTo(html.select(".ag-tl-row-remove").eachAttr("aria-label"));
    }

    @Test
    void putsEachProblemBesideItsRowAndTiesItToTheTextBox() {
      Document html = renderEdit(FactorRows.posted("", "RED", "ok", "RED", "x".repeat(300)));

      Element second = html.select(".ag-tl-row").get(1);
      assertThat(second.select(".ag-tl-row-error").text())
          .isEqualTo("A factor can have at most 255 characters; this one has 300.");
      assertThat(second.select(".ag-tl-row-text").attr("aria-invalid")).isEqualTo("true");
      assertThat(second.select(".ag-tl-row-text").attr("aria-describedby"))
          .isEqualTo(second.select(".ag-tl-row-error").attr("id"));
      assertThat(html.select(".ag-tl-row").get(0).select(".ag-tl-row-error")).isEmpty();
      assertThat(html.select(".ag-tl-row").get(0).select(".ag-tl-row-text").hasAttr("aria-invalid"))
          .isFalse();
      assertThat(html.select(".ag-tl-list-error")).isEmpty();
    }

    @Test
    void putsAProblemOfTheWholeListAboveTheRows() {
      Document html = renderEdit(FactorRows.postedGreen(51));

      assertThat(html.select(".ag-tl-list-error").text())
          .isEqualTo("A traffic light can have at most 50 factors; this one has 51.");
      assertThat(html.select(".ag-tl-row-error")).isEmpty();
    }

    @Test
    void tellsTheLimitsBeforeSavingAndHandsTheScriptItsTextsAsPatterns() {
      Document html = renderEdit(FormParams.stored("TL1 RED"));

      Element form = html.selectFirst("[data-ag-tl-edit]");
      assertThat(html.select(".ag-tl-edit-factors > .description").text())
          .startsWith("Up to 50 factors, each up to 255 characters.");
      assertThat(form.attr("data-ag-tl-max")).isEqualTo("50");
      assertThat(form.attr("data-ag-tl-max-length")).isEqualTo("255");
      assertThat(form.attr("data-ag-tl-new-colour")).isEqualTo("AMBER");
      assertThat(form.attr("data-ag-tl-label-remove")).isEqualTo("Remove factor {0}: {1}");
      assertThat(form.attr("data-ag-tl-label-remove-empty")).isEqualTo("Remove factor {0}");
      assertThat(form.attr("data-ag-tl-label-text")).isEqualTo("Factor {0}");
      assertThat(form.attr("data-ag-tl-label-colour")).isEqualTo("Colour of factor {0}");
      assertThat(form.attr("data-ag-tl-label-up")).isEqualTo("Move factor {0} up");
      assertThat(form.attr("data-ag-tl-label-down")).isEqualTo("Move factor {0} down");
      assertThat(form.attr("data-ag-tl-text-count")).isEqualTo("{0} of {1} characters");
      assertThat(form.attr("data-ag-tl-text-removed")).isEqualTo("Factor {0} removed.");
      assertThat(form.attr("data-ag-tl-text-moved")).isEqualTo("Moved: now factor {0}.");
      assertThat(html.select("[data-ag-tl-status]").attr("role")).isEqualTo("status");
      assertThat(html.select(".ag-tl-row-count").attr("id")).isEqualTo(FIELD + "-count-1");
    }

    @Test
    void offersAddingAFactorWhileThereIsRoom() {
      Document html = renderEdit(FormParams.stored("TL1 RED\nG Sponsor"));

      assertThat(html.select(".ag-tl-add").hasAttr("aria-disabled")).isFalse();
      assertThat(html.select(".ag-tl-add").hasAttr("aria-describedby")).isFalse();
      assertThat(html.select(".ag-tl-full").hasAttr("hidden")).isTrue();
    }

    @Test
    void saysWhyAddingDoesNothingAtFiftyFactors() {
      Document html = renderEdit(FormParams.stored(FactorRows.storedGreen(50)));

      Element add = html.selectFirst(".ag-tl-add");
      assertThat(html.select(".ag-tl-row")).hasSize(50);
      assertThat(add.attr("aria-disabled")).isEqualTo("true");
      assertThat(add.attr("aria-describedby")).isEqualTo(FIELD + "-full");
      assertThat(html.getElementById(FIELD + "-full").hasAttr("hidden")).isFalse();
      assertThat(html.getElementById(FIELD + "-full").text())
          .isEqualTo(
              "No room for another factor: a traffic light has at most 50. Remove one to add another.");
    }

    @Test
    void showsAnUnreadableValueSoItCanBeCopiedAndOffersToReplaceIt() {
      Document html = renderEdit(FormParams.stored("TL7 <img src=x onerror=alert(1)>"));

      assertThat(html.select("textarea.ag-tl-raw-text").text())
          .isEqualTo("TL7 <img src=x onerror=alert(1)>");
      assertThat(html.select("textarea.ag-tl-raw-text").attr("readonly")).isNotNull();
      assertThat(html.select("textarea.ag-tl-raw-text").hasAttr("name")).isFalse();
      assertThat(html.select("img")).isEmpty();
      Element replace = html.getElementById(FIELD + "-replace");
      assertThat(replace.attr("name")).isEqualTo(FIELD + ":replace");
      assertThat(replace.hasAttr("checked")).isFalse();
      assertThat(html.select("label[for=" + FIELD + "-replace]").text())
          .isEqualTo("Replace the unreadable value");
      assertThat(html.getElementById(FIELD + "-replace-hint").text())
          .startsWith("On save, what you enter here takes its place");
    }

    @Test
    void keepsTheChoiceToReplaceAnUnreadableValueAfterARefusedSave() {
      Document html =
          renderEdit(FactorRows.replacing("legacy", FactorRows.posted("", "RED", "x".repeat(256))));

      assertThat(html.getElementById(FIELD + "-replace").hasAttr("checked")).isTrue();
      assertThat(html.select("input[type=hidden][name=" + FIELD + ":keep]").val())
          .isEqualTo("legacy");
    }

    @Test
    void keepsMarkupInAFactorInertInTheValueAndInTheNameOfItsRemoveButton() {
      String out = renderEditText(FormParams.stored("TL1 -\nR " + IMG), Locale.ENGLISH);
      Document html = Jsoup.parse(out);

      assertThat(out).doesNotContain("<img");
      assertThat(html.select("img")).isEmpty();
      assertThat(html.select(".ag-tl-row-text").first().val()).isEqualTo(IMG);
      assertThat(html.select(".ag-tl-row-remove").first().attr("aria-label"))
          .isEqualTo("Remove factor 1: " + IMG);
    }

    @Test
    void namesTheRowsInGerman() {
      Document html = renderEdit(FormParams.stored("TL1 -\nG Sponsor"), Locale.GERMAN);

      assertThat(html.select(".ag-tl-row-label").eachText())
          .containsExactly("Faktor 1", "Faktor 2");
      assertThat(html.select(".ag-tl-row-remove").first().attr("aria-label"))
          .isEqualTo("Faktor 1 entfernen: Sponsor");
      assertThat(html.select(".ag-tl-add").text()).isEqualTo("Faktor hinzuf\u00fcgen");
    }

    @Test
    void namesTheRowsInItalian() {
      Document html = renderEdit(FormParams.stored("TL1 -\nG Sponsor"), Locale.ITALIAN);

      assertThat(html.select(".ag-tl-row-colour").first().attr("aria-label"))
          .isEqualTo("Colore del fattore 1");
      assertThat(html.select(".ag-tl-row-down").first().attr("aria-label"))
          .isEqualTo("Sposta gi\u00f9 il fattore 1");
      assertThat(html.getElementById(FIELD + "-full").text())
          .startsWith("Non c'\u00e8 spazio per un altro fattore");
    }

    @Test
    void leavesNoReferenceUnrendered() {
      String out = renderEditText(FormParams.stored("TL1 RED\nG Sponsor"), Locale.ENGLISH);

      assertThat(out).doesNotContain("$");
    }
  }

  private Document render(String template, String stored) {
    return Jsoup.parse(renderText(template, stored, Locale.ENGLISH));
  }

  private String renderText(String template, String stored, Locale locale) {
    return templates.view(template, issue, field, stored, locale);
  }

  private Document renderEdit(CustomFieldParams params) {
    return renderEdit(params, Locale.ENGLISH);
  }

  private Document renderEdit(CustomFieldParams params, Locale locale) {
    return Jsoup.parse(renderEditText(params, locale));
  }

  /** The edit view as Jira draws it: $value from getStringValueFromCustomFieldParams. */
  private String renderEditText(CustomFieldParams formParams, Locale locale) {
    return templates.edit(issue, field, formParams, "How the account looks to us", locale);
  }
}
