package cascade.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    @Test
    void invalidConfigurationExitsWithCodeTwoAndOneLine() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try {
            int code = new CommandLine(new ServeCommand()).execute("--port", "abc");
            assertThat(code).isEqualTo(2);
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString().strip()).isEqualTo("config: --port must be 1–65535, got \"abc\"");
    }

    @Test
    void serveIsTheDefaultCommand() {
        assertThat(cascade.app.MainAccess.withDefault("--port", "9000")).containsExactly("serve", "--port", "9000");
        assertThat(cascade.app.MainAccess.withDefault()).containsExactly("serve");
        assertThat(cascade.app.MainAccess.withDefault("demo")).containsExactly("demo");
        assertThat(cascade.app.MainAccess.withDefault("--help")).containsExactly("--help");
    }

    @Test
    void urlsIncludeTheLocalNetwork() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Urls.print(cascade.app.config.ServerConfig.defaults(), 8080, new PrintStream(out, true));
        assertThat(out.toString()).contains("http://localhost:8080/");
        for (String ip : Urls.lanAddresses()) {
            assertThat(out.toString()).contains("http://" + ip + ":8080/");
        }
    }
}
