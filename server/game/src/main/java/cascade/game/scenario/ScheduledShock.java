package cascade.game.scenario;

/** A shock the scenario fires at {@code atNanos} of game time (since the room started). */
public record ScheduledShock(long atNanos, Shock shock) {
}
