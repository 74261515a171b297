package cascade.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsThenFileThenEnvironmentThenFlags() throws Exception {
        Path file = dir.resolve("cascade.properties");
        Files.writeString(file, "port=9000\nhost=127.0.0.1\nroomIdleMinutes=5\n");
        ServerConfig c = ConfigLoader.load(Map.of(ConfigKeys.HOST, "0.0.0.0"), Map.of("CASCADE_PORT", "9100"), file);
        assertThat(c.port()).isEqualTo(9100);
        assertThat(c.host()).isEqualTo("0.0.0.0");
        assertThat(c.roomIdleMillis()).isEqualTo(5 * 60_000);
        assertThat(ServerConfig.defaults().port()).isEqualTo(8080);
    }

    @Test
    void jsonFilesWork() throws Exception {
        Path file = dir.resolve("cascade.json");
        Files.writeString(file, "{\"port\": 9200, \"publicUrl\": \"https://game.example.org/\"}");
        ServerConfig c = ConfigLoader.load(Map.of(), Map.of(), file);
        assertThat(c.port()).isEqualTo(9200);
        assertThat(c.publicUrl()).isEqualTo("https://game.example.org");
    }

    @Test
    void oneClearMessagePerProblem() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of(), Map.of("CASCADE_PORT", "abc"), null))
                .isInstanceOf(ConfigException.class).hasMessage("config: CASCADE_PORT must be 1–65535, got \"abc\"");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of(ConfigKeys.PORT, "70000"), Map.of(), null))
                .hasMessage("config: --port must be 1–65535, got \"70000\"");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of(ConfigKeys.PUBLIC_URL, "ftp://x"), Map.of(), null))
                .hasMessageContaining("--public-url must be an http:// or https:// URL");
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "prot=1\n");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of(), Map.of(), file))
                .hasMessageContaining("unknown key \"prot\"");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of(), Map.of(), dir.resolve("missing.json")))
                .hasMessageContaining("cannot read config file");
    }

    @Test
    void webSocketCompressionDefaultsToTheCheapestLevelAndCanBeTurnedOff() {
        assertThat(ServerConfig.defaults().wsCompressionLevel()).isEqualTo(1);
        assertThat(ConfigLoader.load(Map.of(), Map.of("CASCADE_WS_COMPRESSION_LEVEL", "0"), null).wsCompressionLevel())
                .isZero();
        assertThat(ConfigLoader.load(Map.of(ConfigKeys.WS_COMPRESSION_LEVEL, "9"), Map.of(), null).wsCompressionLevel())
                .isEqualTo(9);
        assertThatThrownBy(() -> ConfigLoader.load(Map.of(ConfigKeys.WS_COMPRESSION_LEVEL, "10"), Map.of(), null))
                .hasMessage("config: --ws-compression must be 0–9 (0 = off), got \"10\"");
    }
}
