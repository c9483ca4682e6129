package cn.xiangzhi.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
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
     * Picks the option with {@code value} in the PrimeFaces selectOneMenu {@code id} through the
     * component's own widget API, without a click: for steps that only need a value set on the way to
     * what the test is about. It bypasses the widget a user clicks (the overlay, its items, the change
     * event the click fires), so each widget kind is also driven by clicks at least once
     * ({@link #pick}, {@link #tick}, {@link #tickOption}, {@link #checkInMenu}, {@link #pickDate},
     * {@link #complete}); clicking the sliding overlay was flaky on a loaded two-core machine, which is
     * why those helpers wait for each state the widget passes through.
     */
    public static void choose(WebDriver browser, String id, String value) {
        Object label = ((JavascriptExecutor) browser).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]); return w.getSelectedLabel();",
                id, value);
        if (label == null || label.toString().isBlank()) {
            throw new AssertionError("no option " + value + " in " + id);
        }
    }

    /**
     * Picks {@code label} in the PrimeFaces selectOneMenu {@code id} as a user does: clicks the
     * menu's trigger, waits for the overlay with its items, clicks the item, and waits until the
     * menu shows it and the overlay has closed.
     */
    public static void pick(WebDriver browser, String id, String label) {
        WebDriverWait wait = waiting(browser, 20);
        WebElement menu = browser.findElement(By.id(id));
        wait.until(ExpectedConditions.elementToBeClickable(menu.findElement(By.cssSelector(".ui-selectonemenu-trigger")))).click();
        WebElement panel = opened(wait, id + "_panel");
        WebElement item = wait.until(d -> panel.findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
                .filter(li -> label.equals(li.getAttribute("data-label")) && li.isDisplayed()).findFirst().orElse(null));
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    /** Ticks the PrimeFaces selectBooleanCheckbox {@code id} by clicking its box, and waits until it is ticked. */
    public static void tick(WebDriver browser, String id) {
        WebElement input = browser.findElement(By.id(id + "_input"));
        if (!input.isSelected()) {
            waiting(browser, 20).until(ExpectedConditions.elementToBeClickable(
                    browser.findElement(By.id(id)).findElement(By.cssSelector(".ui-chkbox-box")))).click();
        }
        waiting(browser, 20).until(d -> d.findElement(By.id(id + "_input")).isSelected());
    }

    /**
     * Ticks the option labelled {@code label} of the PrimeFaces selectManyCheckbox {@code id} by
     * clicking its box, and waits until it is ticked.
     */
    public static void tickOption(WebDriver browser, String id, String label) {
        WebElement group = browser.findElement(By.id(id));
        WebElement text = group.findElements(By.tagName("label")).stream().filter(l -> l.getText().strip().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no option " + label + " in " + id));
        String input = text.getAttribute("for");
        WebElement box = browser.findElement(By.id(input)).findElement(By.xpath("ancestor::div[contains(@class,'ui-chkbox')][1]"))
                .findElement(By.cssSelector(".ui-chkbox-box"));
        if (!browser.findElement(By.id(input)).isSelected()) {
            waiting(browser, 20).until(ExpectedConditions.elementToBeClickable(box)).click();
        }
        waiting(browser, 20).until(d -> d.findElement(By.id(input)).isSelected());
    }

    /**
     * Ticks {@code label} in the PrimeFaces selectCheckboxMenu {@code id} as a user does: opens the
     * menu with its trigger, clicks the item's box, waits until the menu shows the item as chosen and
     * closes the overlay with its close button.
     */
    public static void checkInMenu(WebDriver browser, String id, String label) {
        WebDriverWait wait = waiting(browser, 20);
        WebElement menu = browser.findElement(By.id(id));
        wait.until(ExpectedConditions.elementToBeClickable(menu.findElement(By.cssSelector(".ui-selectcheckboxmenu-trigger")))).click();
        WebElement panel = opened(wait, id + "_panel");
        WebElement item = wait.until(d -> panel.findElements(By.cssSelector("li.ui-selectcheckboxmenu-item")).stream()
                .filter(li -> li.getText().strip().equals(label)).findFirst().orElse(null));
        if (!item.getAttribute("class").contains("ui-selectcheckboxmenu-checked")) {
            wait.until(ExpectedConditions.elementToBeClickable(item.findElement(By.cssSelector(".ui-chkbox-box")))).click();
        }
        wait.until(d -> item.getAttribute("class").contains("ui-selectcheckboxmenu-checked"));
        wait.until(d -> d.findElement(By.id(id)).findElements(By.tagName("input")).stream()
                .anyMatch(i -> i.isSelected() && label.equals(labelOf(d, i))));
        panel.findElement(By.cssSelector(".ui-selectcheckboxmenu-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    /**
     * The overlay {@code panelId} once it is shown and has finished sliding in (PrimeFaces marks it
     * ui-connected-overlay-enter-done): a click on an item while it still moves can miss it.
     */
    private static WebElement opened(WebDriverWait wait, String panelId) {
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(panelId)));
        wait.until(d -> panel.getAttribute("class").contains("ui-connected-overlay-enter-done"));
        return panel;
    }

    private static String labelOf(WebDriver browser, WebElement input) {
        return browser.findElements(By.cssSelector("label")).stream().filter(l -> input.getAttribute("id").equals(l.getAttribute("for")))
                .map(l -> l.getAttribute("textContent").strip()).findFirst().orElse(null);
    }

    /**
     * Picks {@code date} in the PrimeFaces datePicker {@code id} as a user does: clicks the field,
     * pages the calendar to the date's month with its arrows (the month names in the page's
     * language, from the html lang attribute), clicks the day, waits until the field shows the
     * date (the pattern yyyy-MM-dd) and closes the calendar with Escape.
     */
    public static void pickDate(WebDriver browser, String id, LocalDate date) {
        WebDriverWait wait = waiting(browser, 20);
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id + "_input"))).click();
        WebElement panel = opened(wait, id + "_panel");
        Locale locale = Locale.forLanguageTag(browser.findElement(By.tagName("html")).getAttribute("lang"));
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        YearMonth target = YearMonth.from(date);
        for (int step = 0; ; step++) {
            int year = Integer.parseInt(panel.findElement(By.cssSelector(".ui-datepicker-year")).getText().strip());
            String month = panel.findElement(By.cssSelector(".ui-datepicker-month")).getText().strip();
            if (!months.contains(month) || step > 240) {
                throw new AssertionError("calendar of " + id + " shows " + year + " " + month + ", names " + months);
            }
            YearMonth shown = YearMonth.of(year, months.indexOf(month) + 1);
            if (shown.equals(target)) {
                break;
            }
            String title = year + " " + month;
            panel.findElement(By.cssSelector(shown.isBefore(target) ? ".ui-datepicker-next" : ".ui-datepicker-prev")).click();
            wait.until(d -> !title.equals(panel.findElement(By.cssSelector(".ui-datepicker-year")).getText().strip() + " "
                    + panel.findElement(By.cssSelector(".ui-datepicker-month")).getText().strip()));
        }
        WebElement day = panel.findElements(By.cssSelector("td:not(.ui-datepicker-other-month) a")).stream()
                .filter(a -> a.getText().strip().equals(Integer.toString(date.getDayOfMonth()))).findFirst()
                .orElseThrow(() -> new AssertionError("no day " + date + " in the calendar of " + id));
        wait.until(ExpectedConditions.elementToBeClickable(day)).click();
        wait.until(ExpectedConditions.attributeToBe(By.id(id + "_input"), "value", date.toString()));
        // the field keeps the focus and the calendar stays open over the form: Escape closes it, as a user would
        browser.findElement(By.id(id + "_input")).sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    /**
     * Types {@code text} into the PrimeFaces autoComplete {@code id} (multiple) as a user does, waits
     * for the suggestions, clicks the one labelled {@code suggestion}, and waits until it is a chosen token.
     */
    public static void complete(WebDriver browser, String id, String text, String suggestion) {
        WebDriverWait wait = waiting(browser, 20);
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id + "_input")));
        input.click();
        input.sendKeys(text);
        WebElement panel = opened(wait, id + "_panel");
        WebElement item = wait.until(d -> panel.findElements(By.cssSelector("li.ui-autocomplete-item")).stream()
                .filter(li -> li.isDisplayed() && li.getText().strip().equals(suggestion)).findFirst().orElse(null));
        item.click();
        wait.until(d -> d.findElement(By.id(id)).findElements(By.cssSelector("li.ui-autocomplete-token")).stream()
                .anyMatch(t -> t.getText().strip().startsWith(suggestion)));
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

    /**
     * The text of the page as the browser prints it (print styles applied, W3C print): what lands on
     * paper, read back from the PDF.
     */
    public static String printed(WebDriver browser) {
        Pdf pdf = ((PrintsPage) browser).print(new PrintOptions());
        try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode(pdf.getContent()))) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of pages the browser prints the page on. */
    public static int printedPages(WebDriver browser) {
        Pdf pdf = ((PrintsPage) browser).print(new PrintOptions());
        try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode(pdf.getContent()))) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** Lets the browser save downloads into a new folder, which it answers (Chromium's DevTools protocol). */
    public static Path downloadsInto(WebDriver browser) {
        try {
            Path folder = Files.createTempDirectory("xz-downloads");
            ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", folder.toString()));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the first finished download in {@code folder} whose name ends with {@code suffix}, waiting for it. */
    public static byte[] downloaded(WebDriver browser, Path folder, String suffix) {
        Path file = waiting(browser, 30).until(d -> {
            try (var files = Files.list(folder)) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Types a date and time into the PrimeFaces datePicker field {@code id} (its {@code _input}) as a
     * user does, then clicks {@code beside} (a heading outside the calendar) until the calendar has
     * closed: a click while the page still scrolls may miss.
     */
    public static void typeDateTime(WebDriver browser, String id, String text, By beside) {
        WebDriverWait wait = waiting(browser, 30);
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        wait.until(ExpectedConditions.attributeToBe(By.id(id), "value", text));
        By panel = By.id(id.replace("_input", "_panel"));
        wait.until(d -> {
            if (d.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                return true;
            }
            d.findElement(beside).click();
            return false;
        });
    }

    /** A number the page's script answers ({@code return document.documentElement.scrollWidth}). */
    public static double number(WebDriver browser, String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).doubleValue();
    }
}
