package cascade.engine.command;

public enum Side {
    BUY, SELL;

    public boolean isBuy() {
        return this == BUY;
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
