package cascade.app.room;

import cascade.app.auth.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The room's players and their credentials (hashes only). Owned by the room's context: not thread-safe.
 * Player ids are {@code p1, p2, …} in join order and never reused, so a kicked player's id stays dead.
 */
final class Roster {
    static final class Player {
        final String playerId;
        final String nickname;
        long accountId;
        String tokenHash;
        boolean kicked;
        long peakEquityMicros;
        long maxDrawdownE8;
        long maxLeverageE2;

        Player(String playerId, String nickname, long accountId, String tokenHash) {
            this.playerId = playerId;
            this.nickname = nickname;
            this.accountId = accountId;
            this.tokenHash = tokenHash;
        }
    }

    private final Map<String, Player> byId = new LinkedHashMap<>();
    private final Map<String, Player> byNickname = new HashMap<>();
    private final Map<Long, Player> byAccount = new HashMap<>();
    private int nextId = 1;
    boolean locked;
    int playerCap = 200;

    /** Null if the nickname is free; else the reason code. */
    Codes refusal(String nickname) {
        if (locked) {
            return Codes.ROOM_LOCKED;
        }
        if (byNickname.containsKey(key(nickname))) {
            return Codes.ROOM_NICKNAME_TAKEN;
        }
        if (activeCount() >= playerCap) {
            return Codes.ROOM_FULL;
        }
        return null;
    }

    Player add(String nickname, long accountId, String tokenHash) {
        Player p = new Player("p" + nextId++, nickname, accountId, tokenHash);
        byId.put(p.playerId, p);
        byNickname.put(key(nickname), p);
        byAccount.put(accountId, p);
        return p;
    }

    /** After a restart the player gets the new engine's account. */
    void rebind(Player p, long accountId) {
        byAccount.remove(p.accountId);
        p.accountId = accountId;
        p.peakEquityMicros = 0;
        p.maxDrawdownE8 = 0;
        p.maxLeverageE2 = 0;
        byAccount.put(accountId, p);
    }

    Player byId(String playerId) {
        return byId.get(playerId);
    }

    Player byAccount(long accountId) {
        return byAccount.get(accountId);
    }

    /** The active (not kicked) player holding this token, or null. */
    Player byToken(String token) {
        String h = Tokens.hash(token);
        for (Player p : byId.values()) {
            if (!p.kicked && java.security.MessageDigest.isEqual(p.tokenHash.getBytes(), h.getBytes())) {
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

    private static String key(String nickname) {
        return nickname.toLowerCase(Locale.ROOT);
    }
}
