package cascade.app.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session (its own profile, so its own localStorage: a separate "device") with the helpers
 * the browser tests share: waits by {@code data-testid} with readable timeout messages, a JS error collector
 * installed before any page script, and screenshots under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {
    static final Path SHOTS = Path.of("target", "screenshots");
    /** Selenium warns that it has no CDP bindings for this Chromium; raw CDP commands (all we use) work without. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    }
    /** Installed by CDP before every document: collects uncaught errors and rejections, counts frames. */
    private static final String PROBE = """
            window.__errors = [];
            addEventListener('error', e => window.__errors.push(String(e.message || e)));
            addEventListener('unhandledrejection', e => window.__errors.push('unhandled: ' + String(e.reason && (e.reason.stack || e.reason))));
            window.__frames = 0; window.__slowFrames = 0; window.__maxFrameMs = 0;
            (function tick(t) {
              if (window.__lastFrame !== undefined) {
                const dt = t - window.__lastFrame;
                if (dt > 50) window.__slowFrames++;
                if (dt > window.__maxFrameMs) window.__maxFrameMs = dt;
              }
              window.__lastFrame = t; window.__frames++; requestAnimationFrame(tick);
            })();
            """;
    final String name;
    final ChromeDriver driver;

    Browser(String name, Path[] chromium) {
        this.name = name;
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium[0].toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--no-first-run", "--window-size=1280,800",
                // several sessions share 2 cores: keep every page's timers and frames running
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows");
        ChromeDriverService svc = new ChromeDriverService.Builder().usingDriverExecutable(chromium[1].toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(svc, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(40));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
    }

    void open(String url) {
        driver.get(url);
    }

    By tid(String testid) {
        return By.cssSelector("[data-testid='" + testid + "']");
    }

    WebElement el(String testid) {
        return driver.findElement(tid(testid));
    }

    String text(String testid) {
        return el(testid).getText().trim();
    }

    /** Waits until {@code cond} returns a non-null, non-false value; the message names the browser and the wait. */
    <T> T until(String what, Duration timeout, Function<WebDriver, T> cond) {
        WebDriverWait w = new WebDriverWait(driver, timeout, Duration.ofMillis(100));
        w.ignoring(StaleElementReferenceException.class); // panels re-render their rows; the next poll finds the new ones
        w.withMessage(() -> "[" + name + "] waited " + timeout.toSeconds() + " s for: " + what + "; JS errors: " + errors());
        return w.until(cond);
    }

    WebElement visible(String testid) {
        return until("[data-testid=" + testid + "] visible", Duration.ofSeconds(15), d -> {
            List<WebElement> l = d.findElements(tid(testid));
            return l.isEmpty() || !l.get(0).isDisplayed() ? null : l.get(0);
        });
    }

    /** Waits until the element's text satisfies {@code ok}; returns that text. */
    String textUntil(String testid, String what, Duration timeout, java.util.function.Predicate<String> ok) {
        String[] seen = {"(element absent)"};
        WebDriverWait w = new WebDriverWait(driver, timeout, Duration.ofMillis(100));
        w.ignoring(StaleElementReferenceException.class);
        w.withMessage(() -> "[" + name + "] waited " + timeout.toSeconds() + " s for: [data-testid=" + testid + "] " + what
                + "; last text: \"" + seen[0] + "\"; JS errors: " + errors());
        return w.until(d -> {
            List<WebElement> l = d.findElements(tid(testid));
            if (l.isEmpty()) {
                return null;
            }
            String t = l.get(0).getText().trim();
            seen[0] = t;
            return ok.test(t) ? t : null;
        });
    }

    void click(String testid) {
        visible(testid).click();
    }

    void type(String testid, String text) {
        WebElement e = visible(testid);
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE); // as a user would; clear() also blurs
        e.sendKeys(text);
    }

    /** Sets an input's value the way a user's edit would (input + change events): range sliders, selects. */
    void setValue(String testid, String value) {
        WebElement e = visible(testid);
        js("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", e, value);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    List<String> errors() {
        try {
            Object o = js("return window.__errors || [];");
            return (List<String>) o;
        } catch (RuntimeException e) {
            return List.of("(could not read: " + e.getMessage() + ")");
        }
    }

    /**
     * The whole page as a user with a tall enough screen would see it: the window grows to the page's height for
     * the shot (so fixed overlays cover everything and no scrollbar steals width), then returns to its size.
     */
    Path screenshot(String file) throws IOException {
        Files.createDirectories(SHOTS);
        Path p = SHOTS.resolve(file);
        js("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur && document.activeElement.blur();");
        Dimension size = driver.manage().window().getSize();
        long inner = ((Number) js("return window.innerHeight;")).longValue();
        long page = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
        int tall = (int) Math.min(3000, page + (size.height - inner));
        try {
            if (tall > size.height) {
                driver.manage().window().setSize(new Dimension(size.width, tall));
                afterTwoFrames();
            }
            Files.write(p, driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(size);
        }
        return p;
    }

    /** Lets layout and the panels' per-frame rendering catch up. */
    void afterTwoFrames() {
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
