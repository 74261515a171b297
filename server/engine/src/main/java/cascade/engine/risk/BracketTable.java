package cascade.engine.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Tiered maintenance margin ("tax brackets", MECHANICS §1.2): {@code MM = N × MMR − cum} of the bracket that
 * holds the notional N. {@code cum(1) = 0}, {@code cum(n) = cum(n−1) + floor(n) × (MMR(n) − MMR(n−1))},
 * rounded down to the micro-unit (cum is subtracted from a requirement, so rounding it down keeps the
 * requirement rounded up). Immutable.
 */
public final class BracketTable {
    public static final long E8 = 100_000_000L;

    private final Bracket[] brackets;

    private BracketTable(Bracket[] brackets) {
        this.brackets = brackets;
    }

    /**
     * Builds a table from specs, deriving cum. Rejects (IllegalArgumentException with a message naming the
     * bracket) anything inconsistent: empty, first floor not 0, gaps or overlaps, cap ≤ floor, leverage < 1,
     * MMR outside (0, 10^8], MMR decreasing, max leverage increasing.
     */
    public static BracketTable of(List<BracketSpec> specs) {
        if (specs == null || specs.isEmpty()) {
            throw new IllegalArgumentException("bracket table: at least one bracket is required");
        }
        Bracket[] out = new Bracket[specs.size()];
        long cum = 0;
        for (int i = 0; i < specs.size(); i++) {
            BracketSpec s = specs.get(i);
            int n = i + 1;
            if (i == 0 && s.floorMicros() != 0) {
                throw new IllegalArgumentException("bracket 1: notional floor must be 0");
            }
            if (s.capMicros() <= s.floorMicros()) {
                throw new IllegalArgumentException("bracket " + n + ": notional cap must exceed the floor");
            }
            if (s.maxLeverage() < 1) {
                throw new IllegalArgumentException("bracket " + n + ": max leverage must be at least 1");
            }
            if (s.mmrE8() <= 0 || s.mmrE8() > E8) {
                throw new IllegalArgumentException("bracket " + n + ": MMR must be in (0, 100 %]");
            }
            if (i > 0) {
                BracketSpec p = specs.get(i - 1);
                if (s.floorMicros() != p.capMicros()) {
                    throw new IllegalArgumentException("bracket " + n + ": floor must equal bracket " + i + "'s cap");
                }
                if (s.mmrE8() < p.mmrE8()) {
                    throw new IllegalArgumentException("bracket " + n + ": MMR must not decrease");
                }
                if (s.maxLeverage() > p.maxLeverage()) {
                    throw new IllegalArgumentException("bracket " + n + ": max leverage must not increase");
                }
                cum += Math.multiplyExact(s.floorMicros() / E8, s.mmrE8() - p.mmrE8())
                        + (s.floorMicros() % E8) * (s.mmrE8() - p.mmrE8()) / E8;
            }
            out[i] = new Bracket(n, s.floorMicros(), s.capMicros(), s.maxLeverage(), s.mmrE8(), cum);
        }
        return new BracketTable(out);
    }

    /** The BTCUSDT snapshot of MECHANICS §1.2, Cascade's default (RULES.md). */
    public static BracketTable binanceBtcUsdt() {
        long u = 1_000_000L;
        return of(List.of(
                new BracketSpec(0, 50_000 * u, 125, 400_000),
                new BracketSpec(50_000 * u, 250_000 * u, 100, 500_000),
                new BracketSpec(250_000 * u, 3_000_000 * u, 50, 1_000_000),
                new BracketSpec(3_000_000 * u, 20_000_000 * u, 20, 2_500_000),
                new BracketSpec(20_000_000 * u, 40_000_000 * u, 10, 5_000_000),
                new BracketSpec(40_000_000 * u, 100_000_000 * u, 5, 10_000_000),
                new BracketSpec(100_000_000 * u, 120_000_000 * u, 4, 12_500_000),
                new BracketSpec(120_000_000 * u, 200_000_000 * u, 3, 15_000_000),
                new BracketSpec(200_000_000 * u, 300_000_000 * u, 2, 25_000_000),
                new BracketSpec(300_000_000 * u, 500_000_000 * u, 1, 50_000_000)));
    }

    public int size() {
        return brackets.length;
    }

    /** 1-based. */
    public Bracket get(int number) {
        return brackets[number - 1];
    }

    public List<Bracket> all() {
        return List.of(brackets);
    }

    /** The bracket with {@code floor ≤ notional < cap}; notionals beyond the last cap use the last bracket. */
    public Bracket forNotional(long notionalMicros) {
        for (Bracket b : brackets) {
            if (notionalMicros < b.capMicros()) {
                return b;
            }
        }
        return brackets[brackets.length - 1];
    }

    /** Largest notional a position may reach (the last bracket's cap). */
    public long positionLimitMicros() {
        return brackets[brackets.length - 1].capMicros();
    }

    /** {@code ceil(N × MMR) − cum}, never negative. */
    public long maintenanceMicros(long notionalMicros) {
        Bracket b = forNotional(notionalMicros);
        return Math.max(0, MoneyMath.mulDivCeil(notionalMicros, b.mmrE8(), E8) - b.cumMicros());
    }

    /** A copy with every MMR multiplied by {@code multiplierE8 / 10^8} (capped at 100 %) and cum re-derived. */
    public BracketTable withMmrMultiplier(long multiplierE8) {
        List<BracketSpec> specs = new ArrayList<>(brackets.length);
        for (Bracket b : brackets) {
            long mmr = Math.min(E8, Math.max(1, MoneyMath.mulDivCeil(b.mmrE8(), multiplierE8, E8)));
            specs.add(new BracketSpec(b.floorMicros(), b.capMicros(), b.maxLeverage(), mmr));
        }
        return of(specs);
    }

    /** A copy with every bracket's max leverage capped at {@code cap}. */
    public BracketTable withMaxLeverageCap(int cap) {
        List<BracketSpec> specs = new ArrayList<>(brackets.length);
        for (Bracket b : brackets) {
            specs.add(new BracketSpec(b.floorMicros(), b.capMicros(), Math.min(cap, b.maxLeverage()), b.mmrE8()));
        }
        return of(specs);
    }
}
