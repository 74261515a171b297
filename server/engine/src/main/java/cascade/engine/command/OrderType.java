package cascade.engine.command;

/** LIMIT uses the order's price and time in force; MARKET is an IOC limited at the price band's edge. */
public enum OrderType { LIMIT, MARKET }
