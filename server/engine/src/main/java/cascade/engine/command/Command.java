package cascade.engine.command;

/**
 * Inputs to {@link cascade.engine.market.Market#apply(Command)}, the engine's only mutator. Commands carry
 * no wall-clock time: game time enters only through {@link IndexTick}. Account ids are chosen by the
 * caller (the room); order ids are assigned by the engine.
 */
public sealed interface Command permits Deposit, Withdraw, ResetAccount, PlaceOrder, CancelOrder, AmendOrder,
        SetLeverage, SetMarginMode, AdjustIsolatedMargin, ClosePosition, IndexTick, ChangeRiskRules,
        AdjustInsuranceFund, HaltTrading {
}
