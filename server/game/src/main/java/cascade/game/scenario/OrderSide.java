package cascade.game.scenario;

/** Side of a whale market order. */
public enum OrderSide { BUY, SELL }
