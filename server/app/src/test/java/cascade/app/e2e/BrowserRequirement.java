package cascade.app.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one skip rule of the browser tests: without Chromium or chromedriver they are skipped with a loud message
 * naming what is missing, unless {@code CASCADE_REQUIRE_ALL=1} (CI), where the same message fails the test.
 */
final class BrowserRequirement {
    static final String INSTALL = "apt-get install chromium chromium-driver";

    private BrowserRequirement() {
    }

    /** Paths of the browser and its driver; skips or fails (see class comment) when either is missing. */
    static Path[] require() {
        Optional<Path> browser = find("CASCADE_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = find("CASCADE_CHROMEDRIVER", "chromedriver");
        List<String> missing = new ArrayList<>();
        if (browser.isEmpty()) {
            missing.add("chromium not found");
        }
        if (driver.isEmpty()) {
            missing.add("chromedriver not found");
        }
        if (!missing.isEmpty()) {
            String msg = "BROWSER TESTS NOT RUN: " + String.join(", ", missing) + " (" + INSTALL + ")";
            System.err.println("!!! " + msg);
            if ("1".equals(System.getenv("CASCADE_REQUIRE_ALL"))) {
                Assertions.fail(msg + "; CASCADE_REQUIRE_ALL=1 makes this a failure");
            }
            Assumptions.assumeTrue(false, msg);
        }
        return new Path[] {browser.get(), driver.get()};
    }

    /** An explicit path from the environment variable, else the first name found on PATH (or /usr/bin). */
    private static Optional<Path> find(String envVar, String... names) {
        String explicit = System.getenv(envVar);
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)));
        dirs.add("/usr/bin");
        for (String name : names) {
            for (String d : dirs) {
                if (d.isEmpty()) {
                    continue;
                }
                Path p = Path.of(d, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
