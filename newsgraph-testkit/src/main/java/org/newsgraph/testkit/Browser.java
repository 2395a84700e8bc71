package org.newsgraph.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the paths given explicitly (no download, no lookup). Tests that
 * use it are skipped, with the reason, on a machine without {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver}.
 */
public final class Browser implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  public final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Skips the calling test (JUnit assumption) when the browser or its driver is not installed. */
  public static void assumeInstalled() {
    assumeTrue(Files.isExecutable(CHROMIUM), "browser tests skipped: " + CHROMIUM
        + " is missing (apt-get install chromium chromium-driver; .ci/run does it)");
    assumeTrue(Files.isExecutable(CHROMEDRIVER), "browser tests skipped: " + CHROMEDRIVER
        + " is missing (apt-get install chromium-driver; .ci/run does it)");
  }

  public static Browser start() {
    assumeInstalled();
    System.setProperty("SE_OFFLINE", "true");
    Path profile;
    try {
      profile = Files.createTempDirectory("newsgraph-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeDriver d = new ChromeDriver(service, o);
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(d, profile);
  }

  public void width(int px) {
    driver.manage().window().setSize(new Dimension(px, 900));
  }

  /** Opens {@code url} and waits until the page says which view it rendered. */
  public void open(String url, String view) {
    driver.get(url);
    waitRendered(view);
  }

  /** Waits until {@code <main data-rendered=view>}: the view's content is on screen. */
  public void waitRendered(String view) {
    String got = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
      String r = d.findElement(By.id("main")).getAttribute("data-rendered");
      return view.equals(r) || "error".equals(r) ? r : null;
    });
    if (!view.equals(got)) {
      throw new AssertionError("the page showed an error instead of the " + view + " view: "
          + driver.findElement(By.id("main")).getText());
    }
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves the whole page as target/screenshots/{name}.png (the window grows to the page's height first). */
  public Path screenshot(String name) {
    Dimension before = driver.manage().window().getSize();
    Number h = (Number) js("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
    driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(6000, h.intValue() + 140)));
    try {
      Files.createDirectories(SCREENSHOTS);
      Path tmp = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Path out = SCREENSHOTS.resolve(name + ".png");
      Files.copy(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> s = Files.walk(profile)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temp dir left behind is harmless
      }
    }
  }
}
