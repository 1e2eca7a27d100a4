package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Every type of page, in a real headless Chromium, checked with axe-core against WCAG 2.2 AA:
 * zero violations allowed. Runs in the `browser` Maven profile, on whenever Chromium and ChromeDriver are
 * installed (CI installs them). Keyboard use and page structure are checked too.
 */
class AccessibilityBrowserTest {

    static PublishedSite site;
    static WebDriver browser;

    @BeforeAll
    static void publishAndOpenABrowser() {
        site = PublishedSite.of(BundledData.directory());
        browser = Browsers.chromium(true);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    /** One page of every type; theme, project and indicator pages found from the plan and index pages. */
    static List<String> everyPageType() throws java.io.IOException {
        String plan = "/plans/2019-20/promoting-prosperity/";
        String planPage = java.nio.file.Files.readString(site.folder.resolve(plan.substring(1) + "index.html"));
        java.util.regex.Matcher theme = java.util.regex.Pattern.compile("href=\"(" + plan + "[a-z0-9-]+/)\"").matcher(planPage);
        java.util.regex.Matcher project = java.util.regex.Pattern.compile("href=\"(" + plan + "[a-z0-9-]+/projects/[a-z0-9-]+/)\"").matcher(planPage);
        String indicators = java.nio.file.Files.readString(site.folder.resolve("indicators/index.html"));
        java.util.regex.Matcher flyTipping = java.util.regex.Pattern.compile("href=\"(/indicators/[^\"]+)\">Number of fly tipping incidents<").matcher(indicators);
        assertThat(theme.find() && project.find() && flyTipping.find()).isTrue();
        return List.of("/", "/reports/", "/reports/2019-09-19-cabinet-q1-2019-20/", "/plans/", plan, theme.group(1),
                project.group(1), "/indicators/", flyTipping.group(1), "/quarters/", "/quarters/2019-20-q1/", "/search/",
                "/data/", "/about/", "/accessibility/", "/no-such-page");
    }

    @ParameterizedTest
    @MethodSource("everyPageType")
    void hasNoWcag22AaViolations(String path) {
        browser.get(site.url(path));
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(browser);
        String violations = results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getTarget().toString())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe violations on " + path).isEmpty();
        assertThat(browser.findElements(By.tagName("h1"))).as("one h1 on " + path).hasSize(1);
        assertThat(browser.findElements(By.tagName("main"))).hasSize(1);
    }

    @Test
    void searchNarrowsTheListAsTheReaderTypesAndTheListIsThereWithoutJavaScript() {
        browser.get(site.url("/search/"));
        int all = browser.findElements(By.cssSelector("#search-results li")).size();
        browser.findElement(By.id("search-input")).sendKeys("fly tipping");
        long shown = browser.findElements(By.cssSelector("#search-results li")).stream().filter(WebElement::isDisplayed).count();
        assertThat(shown).isPositive().isLessThan(all);
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo(shown + " results");
        WebDriver noScript = Browsers.chromium(false);
        try {
            noScript.get(site.url("/search/"));
            assertThat(noScript.findElements(By.cssSelector("#search-results li"))).hasSize(all)
                    .allMatch(WebElement::isDisplayed);
        } finally {
            noScript.quit();
        }
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheContent() {
        browser.get(site.url("/reports/"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main-content");
    }

    /** Headless Chromium from the Debian packages, started so that it makes no network calls of its own. */
    static final class Browsers {

        private Browsers() {
        }

        static WebDriver chromium(boolean javascript) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(new File("/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,1000");
            if (!javascript) {
                options.addArguments("--blink-settings=scriptEnabled=false");
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        }
    }
}
