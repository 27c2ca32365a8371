package org.practiceevaluations.support.browser;

import java.util.List;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person who uses the keyboard only: Tab and Shift+Tab to move, typing, the arrow keys and Enter. Nothing here
 * clicks. {@link #tabTo} presses Tab until the element has the focus, which proves it can be reached by keyboard
 * in the page's order; elements are found by what people read ({@link CamundaForm#inputOf}), never clicked.
 */
public final class Keyboard {

  private static final int MOST_TABS = 60;
  private final Browser browser;

  public Keyboard(Browser browser) {
    this.browser = browser;
  }

  /** Presses Tab (forward) until {@code target} has the focus; fails if it never gets it. */
  public Keyboard tabTo(WebElement target, String what) {
    return move(target, what, false);
  }

  /** Presses Shift+Tab (backward) until {@code target} has the focus. */
  public Keyboard tabBackTo(WebElement target, String what) {
    return move(target, what, true);
  }

  private Keyboard move(WebElement target, String what, boolean backward) {
    List<Object> trail = new java.util.ArrayList<>();
    for (int presses = 0; presses < MOST_TABS; presses++) {
      if (trail.size() < 12) {
        trail.add(browser.script("return document.activeElement.id || document.activeElement.tagName;"));
      }
      if (hasFocus(target)) {
        browser.script("document.activeElement.scrollIntoView({block: 'center'});");
        return this;
      }
      Actions press = new Actions(browser.driver());
      (backward ? press.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT) : press.sendKeys(Keys.TAB)).perform();
    }
    throw new AssertionError(what + " cannot be reached with the keyboard: " + MOST_TABS + " presses of Tab went "
        + "past it (focus is on " + browser.script("return document.activeElement.outerHTML.slice(0, 200);") + "; "
        + "looking for " + browser.script("return arguments[0].id || arguments[0].outerHTML.slice(0, 120);", target)
        + "; the focus went " + trail + ")");
  }

  private boolean hasFocus(WebElement target) {
    // by id where there is one: form-js may draw a field afresh (a new row), and the element found before is then gone
    return Boolean.TRUE.equals(browser.script("const a = document.activeElement, t = arguments[0];"
        + "return a === t || (t.id !== '' && a.id === t.id);", target));
  }

  /**
   * Waits for the page to draw what the last key changed (two animation frames): form-js takes a key in a select's
   * list with the list as it was last drawn, so the next key must wait for the drawing.
   */
  private void rendered() {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
  }

  private boolean listOpen() {
    return Boolean.TRUE.equals(browser.script("const f = document.activeElement.closest('.fjs-form-field');"
        + "return f !== null && f.querySelectorAll('.fjs-dropdownlist-item').length > 0;"));
  }

  /** Types into the focused field. */
  public Keyboard type(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
    return this;
  }

  /** Replaces what the focused text field holds. */
  public Keyboard replace(String text) {
    return type(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text);
  }

  /**
   * In a Camunda Form select that has the focus (its list opens when it gets the focus): the arrow keys down to the
   * option, then Enter.
   */
  public Keyboard choose(String option) {
    // form-js opens a select's list when the select gets the focus, but not again when the select was passed on
    // the way back (Shift+Tab) and is then entered again: as a person would, leave it and come back.
    for (int tries = 0; tries < 2 && !listOpen(); tries++) {
      Actions press = new Actions(browser.driver());
      press.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).sendKeys(Keys.TAB).perform();
      rendered();
    }
    for (int presses = 0; presses < 12; presses++) {
      rendered();
      Object focused = browser.script("const f = document.activeElement.closest('.fjs-form-field')"
          + ".querySelector('.fjs-dropdownlist-item.focused'); return f ? f.textContent.trim() : null;");
      if (option.equals(focused)) {
        type(Keys.ENTER);
        rendered();
        return this;
      }
      type(Keys.ARROW_DOWN);
    }
    throw new AssertionError("No option '" + option + "' in the list that the arrow keys go through");
  }
}
