package org.practiceevaluations.support.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Camunda Form (form-js) shown in Tasklist, filled in the way a person does: fields are found by the label people
 * read, never by internal ids. A form, a group of it ({@link #group}) or a row of a repeatable list ({@link #row},
 * {@link #addRow}) is a scope: labels are looked for inside it, so "Judgement" means the one in that section.
 *
 * <p>Field kinds: text fields and text areas ({@link #type}), dates ({@link #date}, typed as Tasklist shows them,
 * month/day/year), selects ({@link #choose}, the option's label), radio buttons ({@link #pick}) and checkboxes
 * ({@link #tick}). Waits are explicit: a field that appears when another is answered is waited for.
 */
public final class CamundaForm {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private final Browser browser;
  private final SearchContext scope;
  /**
   * For a row of a list drawn without a box per row (a list people cannot add rows to: form-js then draws every
   * row's fields one after another in one box), the row's index; -1 otherwise. The scope is then the whole list, and
   * a field is the one of this row by its id: form-js ends the id of a field in a row with "_" and the row's index
   * ({@code Field_judgement_1} in the second row), and a checklist's options with "_<row>-<option>".
   */
  private final int flatRow;

  private CamundaForm(Browser browser, SearchContext scope) {
    this(browser, scope, -1);
  }

  private CamundaForm(Browser browser, SearchContext scope, int flatRow) {
    this.browser = browser;
    this.scope = scope;
    this.flatRow = flatRow;
  }

  /** The form on the page (a task's, or a start form in its dialogue), once form-js has drawn it. */
  public static CamundaForm on(Browser browser) {
    return new CamundaForm(browser, browser.waitFor(By.cssSelector(".fjs-container")));
  }

  /** A group of fields, by the start of its title ("4. " for section 4). */
  public CamundaForm group(String titleStart) {
    return new CamundaForm(browser, find(By.xpath(".//div[@role='group'][label[" + labelClass() + "]"
        + "[starts-with(normalize-space(text()[1]), " + literal(titleStart) + ")]]")));
  }

  /**
   * A section of the evaluation's list of sections (drawn from the catalogue), by the start of its heading ("4. "
   * for section 4). People cannot add or remove sections, so form-js draws the rows without a box for each: every
   * row's fields sit side by side in one box. The section is found by its place in the list (each row starts with
   * its heading, the only h4 of the row, so the n-th heading is the n-th row), and its fields by their ids
   * ({@code Field_<key>_<row>}).
   */
  public CamundaForm section(String headingStart) {
    WebElement list = find(By.xpath(".//div[contains(@class,'fjs-form-field-dynamiclist')]"
        + "[.//h4[starts-with(normalize-space(.), " + literal(headingStart) + ")]]"));
    Object index = browser.script("return Array.from(arguments[0].querySelectorAll('h4')).findIndex(h => "
        + "h.textContent.replace(/\\s+/g, ' ').trim().startsWith(arguments[1]));", list, headingStart);
    int row = ((Number) index).intValue();
    if (row < 0) {
      throw new IllegalStateException("No section headed '" + headingStart + "'");
    }
    return new CamundaForm(browser, list, row);
  }

  /** The checkbox of a checklist's option (a statement of what good looks like), by the option's words. */
  public WebElement option(String words) {
    WebElement label = find(By.xpath(".//div[contains(@class,'fjs-form-field-checklist')]//label"
        + "[normalize-space(.)=" + literal(words) + "]"), true);
    String id = label.getAttribute("for");
    return id == null || id.isBlank() ? label.findElement(By.xpath(".//input"))
        : browser.driver().findElement(By.id(id));
  }

  /** The "Reset this section" control of a section. */
  public WebElement resetControl() {
    By reset = By.xpath(".//a[normalize-space()='Reset this section']");
    if (flatRow < 0) {
      return find(reset);
    }
    // one in each row, none hidden: the row's is the one in the row's place
    return new WebDriverWait(browser.driver(), WAIT).until(d -> {
      List<WebElement> resets = scope.findElements(reset);
      return resets.size() > flatRow ? resets.get(flatRow) : null;
    });
  }

  /** Row {@code index} (from 0) of a repeatable list. */
  public CamundaForm row(String listLabel, int index) {
    List<WebElement> rows = list(listLabel).findElements(By.cssSelector(".fjs-repeat-row-container"));
    if (rows.size() <= index) {
      throw new IllegalStateException(listLabel + " has " + rows.size() + " rows, not " + (index + 1));
    }
    return new CamundaForm(browser, rows.get(index));
  }

  /** Adds a row to a repeatable list ("Add new") and returns it. */
  public CamundaForm addRow(String listLabel) {
    WebElement list = list(listLabel);
    int before = list.findElements(By.cssSelector(".fjs-repeat-row-container")).size();
    click(list.findElement(By.cssSelector("button.fjs-repeat-render-add")));
    new WebDriverWait(browser.driver(), WAIT).until(d ->
        list.findElements(By.cssSelector(".fjs-repeat-row-container")).size() == before + 1);
    return row(listLabel, before);
  }

  /** Types into a text field or text area (replacing what is there). */
  public CamundaForm type(String label, String text) {
    WebElement input = input(label);
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** A date, typed as Tasklist shows dates (month/day/year), then leaves the field so the picker takes it. */
  public CamundaForm date(String label, LocalDate date) {
    WebElement input = input(label);
    click(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(TYPED_DATE.format(date), Keys.TAB);
    return this;
  }

  /** Chooses an option of a select by the label people see. */
  public CamundaForm choose(String label, String option) {
    WebElement field = field(label);
    String id = label(label).getAttribute("for");
    click(field.findElement(By.id(id + "-display")));
    click(new WebDriverWait(browser.driver(), WAIT).until(d -> field.findElements(By.xpath(
        ".//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + literal(option) + "]"))
        .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));
    return this;
  }

  /** Picks a radio button of the question {@code label}. */
  public CamundaForm pick(String label, String option) {
    WebElement radio = field(label).findElement(By.xpath("./label[normalize-space(text()[1])=" + literal(option)
        + "]/input[@type='radio']"));
    click(radio);
    new WebDriverWait(browser.driver(), WAIT).until(d -> radio.isSelected());
    return this;
  }

  /** Ticks a checkbox (leaves it ticked if it is). */
  public CamundaForm tick(String label) {
    WebElement box = input(label);
    if (!box.isSelected()) {
      click(box);
    }
    return this;
  }

  /** What a text field, text area or date field holds now. */
  public String value(String label) {
    return input(label).getAttribute("value");
  }

  /** What a select shows now. */
  public String chosen(String label) {
    return field(label).findElement(By.id(label(label).getAttribute("for") + "-display")).getText();
  }

  /** The element that takes a field's input and the keyboard focus (a select's is its hidden input). */
  public WebElement inputOf(String label) {
    return input(label);
  }

  /** The "Add new" button of a repeatable list. */
  public WebElement addButtonOf(String listLabel) {
    return list(listLabel).findElement(By.cssSelector("button.fjs-repeat-render-add"));
  }

  /** How many rows a repeatable list has now. */
  public int rowCount(String listLabel) {
    return list(listLabel).findElements(By.cssSelector(".fjs-repeat-row-container")).size();
  }

  /** The format dates are typed in (Tasklist shows month/day/year). */
  public static String typed(LocalDate date) {
    return TYPED_DATE.format(date);
  }

  // --- finding ---------------------------------------------------------------------------------------------------

  private WebElement list(String listLabel) {
    return find(By.xpath(".//div[contains(@class,'fjs-form-field-dynamiclist')][label[" + labelClass() + "]"
        + "[normalize-space(text()[1])=" + literal(listLabel) + "]]"));
  }

  /** The label of a field, by its text (without the asterisk of a required field). */
  private WebElement label(String label) {
    return find(By.xpath(".//label[" + labelClass() + "][normalize-space(text()[1])=" + literal(label) + "]"),
        false);
  }

  /** The field's box: its label, input and messages. */
  private WebElement field(String label) {
    return label(label).findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field ')][1]"));
  }

  private WebElement input(String label) {
    String id = label(label).getAttribute("for");
    if (id == null || id.isBlank()) {
      throw new IllegalStateException("The label '" + label + "' names no input");
    }
    return browser.driver().findElement(By.id(id));
  }

  private WebElement find(By by) {
    return new WebDriverWait(browser.driver(), WAIT).until(d -> scope.findElements(by).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  /**
   * A label shown in this scope. A group's title is a label too ("Overall grade" names the group and its select):
   * a label that names an input comes first. In a row of a list without row boxes, the one whose field is in the row.
   */
  private WebElement find(By label, boolean option) {
    if (flatRow < 0) {
      return new WebDriverWait(browser.driver(), WAIT).until(d -> {
        List<WebElement> shown = scope.findElements(label).stream().filter(WebElement::isDisplayed).toList();
        return shown.stream().filter(l -> {
          String id = l.getAttribute("for");
          return id != null && !id.isBlank();
        }).findFirst().orElse(shown.isEmpty() ? null : shown.get(0));
      });
    }
    String ofRow = ".*_" + flatRow + (option ? "-\\d+" : "");
    return new WebDriverWait(browser.driver(), WAIT).until(d -> scope.findElements(label).stream()
        .filter(l -> {
          String id = l.getAttribute("for");
          return id != null && id.matches(ofRow);
        })
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  private void click(WebElement element) {
    browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private static String labelClass() {
    return "contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field-label ')";
  }

  /** An XPath string literal for any text, quotes included. */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
