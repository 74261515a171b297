package cascade.game.room;

import cascade.engine.market.AccountView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One row of the round's standings. Money in micro-USDT; returns and drawdowns in parts per 10^8;
 * leverage × 100. Ranked by equity, then player id.
 */
public record Standing(int rank, int playerId, String nickname, long equityMicros, long returnE8,
                       long maxDrawdownE8, boolean liquidated, long maxLeverageUsedE2, long positionLots) {

    static List<Standing> of(Room room) {
        List<Standing> rows = new ArrayList<>();
        for (Player p : room.players) {
            AccountView v = room.market.account(p.accountId);
            long equity = v.equityMicros();
            long ret = p.contributedMicros == 0 ? 0 : (equity - p.contributedMicros) * 100_000_000L / p.contributedMicros;
            rows.add(new Standing(0, p.id, p.nickname, equity, ret, p.maxDrawdownE8, v.liquidations() > 0,
                    p.maxLeverageUsedE2, v.positionLots()));
        }
        rows.sort(Comparator.comparingLong(Standing::equityMicros).reversed().thenComparingInt(Standing::playerId));
        List<Standing> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Standing r = rows.get(i);
            ranked.add(new Standing(i + 1, r.playerId, r.nickname, r.equityMicros, r.returnE8, r.maxDrawdownE8,
                    r.liquidated, r.maxLeverageUsedE2, r.positionLots));
        }
        return ranked;
    }
}
