package cascade.app.room;

import cascade.engine.command.Command;
import cascade.game.bot.Bot;
import cascade.game.bot.BotContext;
import cascade.game.bot.BotFactory;
import cascade.game.scenario.BotType;
import java.io.DataInput;
import java.io.DataOutput;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot library for rooms: the first {@link BotFactory} registered with {@link ServiceLoader}
 * ({@code META-INF/services/cascade.game.bot.BotFactory}). Until server/game ships one, scenario bots are
 * passive (no collateral, no orders) and a warning says so: rooms still run for UI work, but with an empty book.
 */
public final class PassiveBots {
    private static final Logger LOG = LoggerFactory.getLogger(PassiveBots.class);

    private PassiveBots() {
    }

    public static BotFactory libraryOrPassive() {
        for (BotFactory f : ServiceLoader.load(BotFactory.class)) {
            return f;
        }
        LOG.warn("no bot library on the classpath (cascade.game.bot.BotFactory): scenario bots are passive");
        return (spec, member, accountId, rng, inst, start) -> new Passive(accountId, spec.type());
    }

    private record Passive(long accountId, BotType type) implements Bot {
        @Override
        public long collateralMicros() {
            return 0;
        }

        @Override
        public int leverage() {
            return 1;
        }

        @Override
        public void decide(BotContext ctx, List<Command> out) {
            // passive until the bot library lands
        }

        @Override
        public void writeState(DataOutput out) {
            // no state
        }

        @Override
        public void readState(DataInput in) {
            // no state
        }
    }
}
