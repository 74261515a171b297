package cascade.engine.market;

/**
 * Where all money is (micro-USDT). Conservation, checked by tests after every command:
 * {@code wallets + isolated margins + insuranceFund + feeAccount + house + Σ unrealized PnL = deposits},
 * where Σ uPnL over every position (traders, fund, house) is the same at any price because long and short
 * open interest are equal; {@code house} is negative by the socialized loss.
 */
public record Ledger(long walletsMicros, long isolatedMicros, long insuranceFundMicros, long feeAccountMicros,
                     long houseMicros, long unrealizedPnlMicros, long depositsMicros, long longOpenInterestLots,
                     long shortOpenInterestLots) {

    public long totalMicros() {
        return walletsMicros + isolatedMicros + insuranceFundMicros + feeAccountMicros + houseMicros
                + unrealizedPnlMicros;
    }

    public boolean balanced() {
        return totalMicros() == depositsMicros && longOpenInterestLots == shortOpenInterestLots;
    }
}
