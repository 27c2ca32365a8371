package org.practiceevaluations.support.browser;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through chromedriver (Selenium), for tests that use Tasklist and Cockpit as a person
 * does: log in, open pages, wait for what the page shows, take screenshots for people to look at.
 *
 * <p>Each {@code Browser} is a fresh Chromium with its own throw-away profile (no cookies, no cache), against the
 * application on {@code http://localhost:<port>}. Waits are explicit (Selenium's {@link WebDriverWait} on a page
 * state), never a sleep. Screenshots go to {@code target/screenshots/<name>.png}.
 *
 * <p>Chromium and chromedriver are found at {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, or where
 * the system properties {@code pe.chromium} / {@code pe.chromedriver} (or the environment variables
 * {@code PE_CHROMIUM} / {@code PE_CHROMEDRIVER}) say. Test classes that need a browser carry
 * {@link RequiresChromium}: without one they are skipped, saying how to install it.
 */
public final class Browser implements AutoCloseable {

  /** How to install what a browser test needs, on Debian or Ubuntu. */
  public static final String INSTALL_HINT = "apt-get install -y chromium chromium-driver";
  /** Set (to anything but "0" or "false") where the browser tests must run: a missing browser then fails them. */
  public static final String REQUIRED_VARIABLE = "PE_BROWSER_REQUIRED";

  private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-dev-shm-usage", "--lang=en-GB", "--force-device-scale-factor=1", "--hide-scrollbars");

  private final String base;
  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private Browser(String base, Path profile, ChromeDriverService service, ChromeDriver driver) {
    this.base = base;
    this.profile = profile;
    this.service = service;
    this.driver = driver;
  }

  /** Why no browser can be started here, or empty when Chromium and chromedriver are both installed. */
  public static Optional<String> whyUnavailable() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(chromium())) {
      missing.add("Chromium (" + chromium() + ")");
    }
    if (!Files.isExecutable(chromedriver())) {
      missing.add("chromedriver (" + chromedriver() + ")");
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", missing) + " not installed");
  }

  /** True where {@value #REQUIRED_VARIABLE} asks for the browser tests to run, not skip. */
  public static boolean required() {
    String value = System.getenv(REQUIRED_VARIABLE);
    return value != null && !value.isBlank() && !"0".equals(value) && !"false".equalsIgnoreCase(value);
  }

  /** A fresh headless Chromium, 1280 by 900 pixels, for the application on {@code localhost:port}. */
  public static Browser open(int port) {
    whyUnavailable().ifPresent(why -> {
      throw new IllegalStateException("No browser: " + why + ". Install it with: " + INSTALL_HINT);
    });
    Path profile;
    try {
      profile = Files.createTempDirectory("pe-chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium().toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile, "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver().toFile())
        .usingAnyFreePort()
        .withLogOutput(OutputStream.nullOutputStream())
        .build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteQuietly(profile);
      throw e;
    }
    Browser browser = new Browser("http://localhost:" + port, profile, service, driver);
    browser.resize(1280, 900);
    return browser;
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a page of the application: {@code path} from the context root, e.g. {@code /camunda/app/cockpit/}. */
  public Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  /** The window's outer size, in CSS pixels (the scale factor is 1). */
  public Browser resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    return this;
  }

  /**
   * Logs in to Cockpit and waits for its dashboard. The log-in page is the same as Tasklist's (a user name, a
   * password and a submit button).
   */
  public Browser logInToCockpit(String user, String password) {
    logIn("cockpit", user, password);
    waitFor(By.cssSelector(".dashboard"));
    return this;
  }

  /** Logs in to Tasklist and waits for its column of filters. */
  public Browser logInToTasklist(String user, String password) {
    logIn("tasklist", user, password);
    waitFor(By.cssSelector(".task-filters"));
    return this;
  }

  private void logIn(String app, String user, String password) {
    go("/camunda/app/" + app + "/default/");
    WebElement userName = waitFor(By.cssSelector("input[placeholder=\"Username\"]"));
    userName.clear();
    userName.sendKeys(user);
    WebElement passwordField = driver.findElement(By.cssSelector("input[type=password]"));
    passwordField.clear();
    passwordField.sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
  }

  /** Waits until an element is visible, and returns it. */
  public WebElement waitFor(By by) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until an element is present in the page (visible or not), and returns it. */
  public WebElement waitForPresence(By by) {
    return waitUntil(ExpectedConditions.presenceOfElementLocated(by));
  }

  /** Waits until the element's text contains {@code text}, and returns the element. */
  public WebElement waitForText(By by, String text) {
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, text));
    return driver.findElement(by);
  }

  public <T> T waitUntil(ExpectedCondition<T> condition) {
    return waitUntil(condition, DEFAULT_WAIT);
  }

  public <T> T waitUntil(ExpectedCondition<T> condition, Duration timeout) {
    return new WebDriverWait(driver, timeout).until(condition);
  }

  /** Scrolls the element into the middle of its scrolling container (Cockpit's pages scroll inside a panel). */
  public Browser scrollTo(WebElement element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    return this;
  }

  /** Saves what the window shows as {@code target/screenshots/<name>.png}, and returns the file. */
  public Path screenshot(String name) {
    Path file = screenshotFolder().resolve(name + ".png");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Messages the page logged as errors (JavaScript errors, failed requests) since the last call. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Runs JavaScript in the page and returns its result. */
  public Object script(String script, Object... arguments) {
    return driver.executeScript(script, arguments);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteQuietly(profile);
    }
  }

  /** {@code target/screenshots} of the project being built. */
  public static Path screenshotFolder() {
    return Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("screenshots");
  }

  private static Path chromium() {
    return location("pe.chromium", "PE_CHROMIUM", "/usr/bin/chromium");
  }

  private static Path chromedriver() {
    return location("pe.chromedriver", "PE_CHROMEDRIVER", "/usr/bin/chromedriver");
  }

  private static Path location(String property, String variable, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return Path.of(value == null || value.isBlank() ? fallback : value);
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException | UncheckedIOException e) {
      // A profile Chromium still holds files in is left for the operating system's temp clean-up.
    }
  }
}
