package cascade.game.room;

/**
 * A human player of a room and the statistics the standings need, sampled once per game-second.
 * Money in micro-USDT; ratios in parts per 10^8.
 */
public final class Player {
    final int id;
    final String nickname;
    final long accountId;
    boolean kicked;
    /** Starting collateral plus instructor top-ups and resets: the base of the return. */
    long contributedMicros;
    long peakEquityMicros;
    long maxDrawdownE8;
    /** Highest notional / equity seen, × 100 (e.g. 2500 = 25×). */
    long maxLeverageUsedE2;

    Player(int id, String nickname, long accountId) {
        this.id = id;
        this.nickname = nickname;
        this.accountId = accountId;
    }

    public int id() {
        return id;
    }

    public String nickname() {
        return nickname;
    }

    public long accountId() {
        return accountId;
    }

    public boolean kicked() {
        return kicked;
    }

    public long contributedMicros() {
        return contributedMicros;
    }

    public long maxDrawdownE8() {
        return maxDrawdownE8;
    }

    public long maxLeverageUsedE2() {
        return maxLeverageUsedE2;
    }
}
