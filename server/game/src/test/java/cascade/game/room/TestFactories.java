package cascade.game.room;

import cascade.game.bot.BotFactory;

/** Test bot factories shared across test packages. */
public final class TestFactories {
    public static final BotFactory QUOTING = QuotingTestBot.FACTORY;

    private TestFactories() {
    }
}
