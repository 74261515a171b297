package cascade.app.room;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * Scenarios offered to instructors: the built-in library plus uploads (kept in memory for the server's life).
 * Thread-safe: read by HTTP handlers on any event loop.
 */
public interface ScenarioCatalog {
    /** Summaries: {@code {id, title, description, durationSeconds, historical}}. */
    List<JsonObject> list();

    /** Details as in docs/api.md ({@code GET /scenarios/{id}}). */
    Optional<JsonObject> get(String id);

    /**
     * Validates and stores an uploaded YAML scenario; returns its id.
     *
     * @throws IllegalArgumentException with the parser's line-numbered message when invalid
     */
    String upload(String yaml);

    /** Starting collateral for players, micro-USDT (shown at join). */
    long startingCollateralMicros(String id);
}
