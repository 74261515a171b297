/** Rooms: the engine plus index feeds, bots, scenarios and a clock, deterministic and replayable. */
package cascade.game;
