package cn.xiangzhi.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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

/** Headless Debian Chromium driven by Selenium, with the flags this closed network needs. */
public final class Browser {

    private Browser() {
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

    /** Picks {@code label} in the PrimeFaces selectOneMenu with client id {@code id}. */
    public static void choose(WebDriver browser, String id, String label) {
        By panel = By.id(id + "_panel");
        By item = By.cssSelector("li[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            browser.findElement(By.id(id)).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            wait.until(ExpectedConditions.visibilityOfElementLocated(panel));
            // the panel slides open; a click during the animation can be lost, so wait and retry
            wait.until(ExpectedConditions.elementToBeClickable(browser.findElement(panel).findElement(item))).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(3)).until(ExpectedConditions.invisibilityOfElementLocated(panel));
                return;
            } catch (org.openqa.selenium.TimeoutException stillOpen) {
                if (attempt == 3) {
                    throw stillOpen;
                }
                browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            }
        }
    }

    /** Keeps what the browser shows in target/screenshots, for people to look at. */
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
