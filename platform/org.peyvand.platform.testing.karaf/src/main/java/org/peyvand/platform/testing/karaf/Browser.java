package org.peyvand.platform.testing.karaf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through ChromeDriver, both given by path so nothing is
 * downloaded. Keeps a screenshot of each step under {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;

    public Browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("peyvand.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("peyvand.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        screenshots = Path.of(System.getProperty("peyvand.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
    }

    public void open(String path) {
        driver.get(PeyvandContainer.BASE_URL + path);
    }

    public WebElement element(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Whether nothing on the page matches, without waiting for it to appear. */
    public boolean absent(String css) {
        return driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /**
     * Clicks the element once it is clickable; a notification lying over it (a tray message at the
     * bottom of a long menu) is closed first, as a user would.
     */
    public void click(String css) {
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
            if (element == null) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (ElementClickInterceptedException covered) {
                d.findElements(By.cssSelector(".v-Notification")).forEach(notification -> {
                    try {
                        notification.click();
                    } catch (WebDriverException gone) {
                        // closed already
                    }
                });
                return false;
            }
        });
    }

    /**
     * Clicks the first element matching {@code css} whose text is {@code text}, or else the first that
     * holds it, such as a grid cell; tries again while the elements are being redrawn (suggestions narrowing as one types).
     */
    public void clickContaining(String css, String text) {
        wait.until(d -> clickShown(css, text));
    }

    /**
     * Picks the choice showing {@code text} in a combo box: types it over what it shows and clicks it
     * in the suggestions, typing again while none show, as when a screen redraws the box meanwhile.
     */
    public void pick(String comboCss, String text) {
        wait.until(d -> {
            if (clickShown("#VAADIN_COMBOBOX_OPTIONLIST td", text)) {
                return true;
            }
            try {
                if (d.findElements(By.cssSelector("#VAADIN_COMBOBOX_OPTIONLIST td")).stream().noneMatch(WebElement::isDisplayed)) {
                    WebElement input = element(comboCss + " input");
                    input.click();
                    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
                }
            } catch (StaleElementReferenceException redrawn) {
                // typed again on the next try
            }
            return false;
        });
        settle();
    }

    private boolean clickShown(String css, String text) {
        try {
            List<WebElement> shown = driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
            // one showing exactly the text goes before those that hold it among more, such as "Account › Created" for "Created"
            WebElement match = shown.stream().filter(e -> e.getText().strip().equals(text)).findFirst()
                    .or(() -> shown.stream().filter(e -> e.getText().contains(text)).findFirst()).orElse(null);
            if (match == null) {
                return false;
            }
            match.click();
            return true;
        } catch (StaleElementReferenceException redrawn) {
            return false;
        }
    }

    /** Scrolls the page (or the scrolling part holding it) until the element is in sight, for screenshots. */
    public void scrollTo(String css) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", element(css));
    }

    public void type(String css, String text) {
        WebElement input = element(css);
        input.clear();
        input.sendKeys(text);
    }

    /** Types into a field that reads its value when left, and leaves it. */
    /** Keys pressed where the focus is, as a keyboard user would. */
    public void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    public void typeAndLeave(String css, String text) {
        WebElement input = element(css);
        input.clear();
        input.sendKeys(text, Keys.TAB);
        settle();
    }

    /** Chooses a file in an upload field ({@code css} names the field), which sends it at once. */
    public void upload(String css, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css + " input[type=file]")))
                .sendKeys(file.toAbsolutePath().toString());
    }

    public void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public void waitUntilGone(String css) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Runs a script in the page and answers what it returns, to read what a canvas drew. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Drags the element {@code sourceCss} onto {@code targetCss} with the page's own drag events: the
     * driver's mouse moves do not start an HTML drag in Chrome.
     */
    public void drag(String sourceCss, String targetCss) {
        script("""
                var data = new DataTransfer();
                function fire(element, type) {
                  element.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
                }
                fire(arguments[0], 'dragstart');
                fire(arguments[1], 'dragenter');
                fire(arguments[1], 'dragover');
                fire(arguments[1], 'drop');
                fire(arguments[0], 'dragend');
                """, element(sourceCss), element(targetCss));
    }

    /** Double-clicks the first element matching {@code css} whose text holds {@code text}, such as a grid row's cell. */
    public void doubleClickContaining(String css, String text) {
        wait.until(d -> {
            try {
                WebElement match = d.findElements(By.cssSelector(css)).stream().filter(e -> e.isDisplayed() && e.getText().contains(text))
                        .findFirst().orElse(null);
                if (match == null) {
                    return false;
                }
                new Actions(d).doubleClick(match).perform();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    /** Clicks a point of an element, counted in CSS pixels from its top left corner: a bar of a chart. */
    public void clickAt(String css, int x, int y) {
        WebElement target = element(css);
        new Actions(driver).moveToElement(target, x - target.getSize().getWidth() / 2, y - target.getSize().getHeight() / 2).click().perform();
    }

    /** The page direction the workspace set on {@code <html>}. */
    public String direction() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.documentElement.getAttribute('dir')");
    }

    public void waitForDirection(String dir) {
        wait.until(d -> dir.equals(direction()));
    }

    /** Waits for Vaadin to finish talking to the server. */
    public void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.vaadin && Object.values(window.vaadin.clients || {}).every(c => !c.isActive())")));
    }

    public void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
