package cn.xiangzhi.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Headless Debian Chromium driven by Selenium, with the flags this closed network needs. */
public final class Browser {

    private Browser() {
    }

    /**
     * A wait that also retries when the element it looked at was replaced meanwhile: PrimeFaces
     * re-renders parts of a page after each AJAX answer, and a condition that finds an element and
     * then reads it may see it replaced in between (a stale element is "not yet", not a failure).
     */
    public static WebDriverWait waiting(WebDriver browser, int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public static WebDriver start() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("xz-chrome"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Picks the option with {@code value} in the PrimeFaces selectOneMenu {@code id}, through the
     * component's own widget API (what a click on the option calls). Clicking the sliding overlay
     * was flaky on a loaded two-core machine.
     */
    public static void choose(WebDriver browser, String id, String value) {
        Object label = ((JavascriptExecutor) browser).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]); return w.getSelectedLabel();",
                id, value);
        if (label == null || label.toString().isBlank()) {
            throw new AssertionError("no option " + value + " in " + id);
        }
    }

    /** Signs in on the tenant's login page and waits for its home page. */
    public static void login(WebDriver browser, String tenantBase, String username, String password) {
        browser.get(tenantBase + "login.xhtml");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        waiting(browser, 20).until(ExpectedConditions.urlContains("/index.xhtml"));
    }

    /** Keeps what the browser shows in target/screenshots, for people to look at. */
    /**
     * Makes every later request of this browser come from {@code address} as the test server sees it
     * (X-Forwarded-For, trusted from loopback): sign-ups and failed sign-ins count per client address.
     */
    public static void asClient(WebDriver browser, Map<String, String> forwardedFor) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", forwardedFor));
    }

    /**
     * Whether {@code element} is no longer in the page (the browser went on to another). Chromium
     * answers a removed node either as stale or, while the next page replaces the document, with an
     * "unhandled inspector error"; both mean gone.
     */
    public static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public static void screenshot(WebDriver browser, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
