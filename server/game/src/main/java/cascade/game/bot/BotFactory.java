package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.game.rng.SeededRandom;
import cascade.game.scenario.BotSpec;

/** Builds the bot for one member of a scenario's population. Implemented in this package. */
public interface BotFactory {
    /**
     * @param spec      the population line (type, count, validated params)
     * @param member    0-based index within the population (to vary entries, leverage, …)
     * @param accountId the engine account the bot trades
     * @param rng       the bot's own stream (already split from the room's)
     */
    Bot create(BotSpec spec, int member, long accountId, SeededRandom rng, Instrument instrument, long startTicks);
}
