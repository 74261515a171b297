package cascade.app.room;

import cascade.app.auth.Tokens;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hosting's side of the roster: who holds which token (hashes only) and which wire id ({@code p3}) maps to
 * which room account. The game rules of the roster (nicknames, lock, cap) live in the room. Owned by the
 * room's context: not thread-safe.
 */
final class Roster {
    static final class Player {
        final String playerId;
        final String nickname;
        long accountId;
        String tokenHash;
        boolean kicked;

        Player(String playerId, String nickname, long accountId, String tokenHash) {
            this.playerId = playerId;
            this.nickname = nickname;
            this.accountId = accountId;
            this.tokenHash = tokenHash;
        }
    }

    private final Map<String, Player> byId = new LinkedHashMap<>();
    private final Map<Long, Player> byAccount = new HashMap<>();
    private int nextId = 1;

    Player add(String nickname, long accountId, String tokenHash) {
        Player p = new Player("p" + nextId++, nickname, accountId, tokenHash);
        byId.put(p.playerId, p);
        byAccount.put(accountId, p);
        return p;
    }

    /** After a restart the player gets the new room's account. */
    void rebind(Player p, long accountId) {
        byAccount.remove(p.accountId);
        p.accountId = accountId;
        byAccount.put(accountId, p);
    }

    Player byId(String playerId) {
        return byId.get(playerId);
    }

    Player byAccount(long accountId) {
        return byAccount.get(accountId);
    }

    /** The active (not kicked) player holding this token, or null. Compares hashes in constant time. */
    Player byToken(String token) {
        byte[] h = Tokens.hash(token).getBytes();
        for (Player p : byId.values()) {
            if (!p.kicked && MessageDigest.isEqual(p.tokenHash.getBytes(), h)) {
                return p;
            }
        }
        return null;
    }

    List<Player> all() {
        return new ArrayList<>(byId.values());
    }

    int activeCount() {
        int n = 0;
        for (Player p : byId.values()) {
            n += p.kicked ? 0 : 1;
        }
        return n;
    }
}
