package cn.xiangzhi.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;


/** An integration test with one headless browser (and a 30 s wait on it) per test method. */
public abstract class BrowserIT extends ApplicationIT {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        wait = Browser.waiting(browser, 30);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
