package cascade.game.room;

import cascade.engine.command.AdjustIsolatedMargin;
import cascade.engine.command.AmendOrder;
import cascade.engine.command.CancelOrder;
import cascade.engine.command.ClosePosition;
import cascade.engine.command.Command;
import cascade.engine.command.Deposit;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.ResetAccount;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.SetMarginMode;
import cascade.game.scenario.MarginMode;
import java.util.Locale;

/** Player joins and commands, and instructor actions: validation first, then engine commands. */
final class RoomCommands {
    private static final int MAX_NEWS = 280;
    private final Room room;

    RoomCommands(Room room) {
        this.room = room;
    }

    void join(RoomInput.PlayerJoin j) {
        String nick = j.nickname() == null ? "" : j.nickname().strip();
        if (room.status == RoomStatus.ENDED) {
            room.reject(j, "ROOM_ENDED", "the round has ended");
        } else if (room.locked) {
            room.reject(j, "ROOM_LOCKED", "the instructor has locked the room");
        } else if (room.players.size() >= room.playerCap) {
            room.reject(j, "ROOM_FULL", "the room is full (" + room.playerCap + " players)");
        } else if (nick.isEmpty() || nick.length() > Room.MAX_NICKNAME || !nick.matches("[\\p{L}\\p{N} _.\\-]+")) {
            room.reject(j, "ROOM_BAD_NICKNAME", "nickname: 1–" + Room.MAX_NICKNAME
                    + " letters, digits, spaces, '_', '.', '-'");
        } else if (room.players.stream().anyMatch(p -> p.nickname.toLowerCase(Locale.ROOT)
                .equals(nick.toLowerCase(Locale.ROOT)))) {
            room.reject(j, "ROOM_NICKNAME_TAKEN", "nickname '" + nick + "' is taken in this room");
        } else {
            int id = room.players.size() + 1;
            Player p = new Player(id, nick, id);
            room.players.add(p);
            long collateral = room.spec.players().collateralMicros();
            p.contributedMicros = collateral;
            p.peakEquityMicros = collateral;
            room.marketApply(new Deposit(p.accountId, collateral));
            // The default 20x, within the room's player cap and the instrument's own cap (a 5x-capped venue would
            // refuse 20x and leave the account at the engine's default).
            room.marketApply(new SetLeverage(p.accountId, Math.min(Math.min(20, room.spec.players().maxLeverage()),
                    room.instrument.brackets().get(1).maxLeverage())));
            room.out.add(new RoomEvent.PlayerJoined(id, nick, p.accountId));
        }
    }

    void player(RoomInput.PlayerCommand c) {
        Player p = room.player(c.playerId());
        Command cmd = c.command();
        if (p == null || p.kicked) {
            room.reject(c, "ROOM_UNKNOWN_PLAYER", "no such player in this room");
        } else if (room.status != RoomStatus.RUNNING) {
            room.reject(c, "ROOM_NOT_RUNNING", "trading is open while the room is running (" + room.status + ")");
        } else if (!allowed(cmd)) {
            room.reject(c, "AUTH_FORBIDDEN", "players may only trade their own account");
        } else if (accountOf(cmd) != p.accountId) {
            room.reject(c, "AUTH_FORBIDDEN", "players may only trade their own account");
        } else if (cmd instanceof SetLeverage l && l.leverage() > room.spec.players().maxLeverage()) {
            room.reject(c, "ROOM_LEVERAGE_CAP", "this scenario allows at most "
                    + room.spec.players().maxLeverage() + "x");
        } else if (cmd instanceof SetMarginMode m && m.mode() != null
                && !room.spec.players().marginModes().contains(MarginMode.valueOf(m.mode().name()))) {
            room.reject(c, "ROOM_MARGIN_MODE_NOT_ALLOWED", "this scenario does not allow " + m.mode());
        } else {
            room.marketApply(cmd);
        }
    }

    private static boolean allowed(Command c) {
        return c instanceof PlaceOrder || c instanceof CancelOrder || c instanceof AmendOrder
                || c instanceof SetLeverage || c instanceof SetMarginMode || c instanceof AdjustIsolatedMargin
                || c instanceof ClosePosition;
    }

    private static long accountOf(Command c) {
        if (c instanceof PlaceOrder x) {
            return x.accountId();
        } else if (c instanceof CancelOrder x) {
            return x.accountId();
        } else if (c instanceof AmendOrder x) {
            return x.accountId();
        } else if (c instanceof SetLeverage x) {
            return x.accountId();
        } else if (c instanceof SetMarginMode x) {
            return x.accountId();
        } else if (c instanceof AdjustIsolatedMargin x) {
            return x.accountId();
        } else if (c instanceof ClosePosition x) {
            return x.accountId();
        }
        return -1;
    }

    void instructor(RoomInput.InstructorCommand c) {
        InstructorAction a = c.action();
        if (room.status == RoomStatus.ENDED && !(a instanceof InstructorAction.News)) {
            room.reject(c, "ROOM_ENDED", "the round has ended");
            return;
        }
        if (a instanceof InstructorAction.Start) {
            transition(c, RoomStatus.LOBBY, RoomStatus.RUNNING);
        } else if (a instanceof InstructorAction.Pause) {
            transition(c, RoomStatus.RUNNING, RoomStatus.PAUSED);
        } else if (a instanceof InstructorAction.Resume) {
            transition(c, RoomStatus.PAUSED, RoomStatus.RUNNING);
        } else if (a instanceof InstructorAction.End) {
            room.status = RoomStatus.ENDED;
            statusChanged();
        } else if (a instanceof InstructorAction.SetSpeed s) {
            if (s.speedPercent() < 25 || s.speedPercent() > 6000) {
                room.reject(c, "ROOM_BAD_SPEED", "speed must be between 0.25x and 60x");
            } else {
                room.speedPercent = s.speedPercent();
                statusChanged();
            }
        } else if (a instanceof InstructorAction.InjectShock s) {
            if (room.status == RoomStatus.LOBBY) {
                room.reject(c, "ROOM_NOT_RUNNING", "start the room before injecting shocks");
            } else {
                new ShockRunner(room).apply(s.shock(), false);
            }
        } else if (a instanceof InstructorAction.TopUp t) {
            if (t.amountMicros() <= 0 || !playerOrAll(c, t.playerId())) {
                if (t.amountMicros() <= 0) {
                    room.reject(c, "ROOM_BAD_AMOUNT", "top-up must be positive");
                }
                return;
            }
            for (Player p : targets(t.playerId())) {
                p.contributedMicros += t.amountMicros();
                room.marketApply(new Deposit(p.accountId, t.amountMicros()));
            }
        } else if (a instanceof InstructorAction.ResetPlayer r) {
            if (!playerOrAll(c, r.playerId())) {
                return;
            }
            long collateral = room.spec.players().collateralMicros();
            for (Player p : targets(r.playerId())) {
                p.contributedMicros = collateral;
                p.peakEquityMicros = collateral;
                p.maxDrawdownE8 = 0;
                room.marketApply(new ResetAccount(p.accountId, collateral));
            }
        } else if (a instanceof InstructorAction.Lock l) {
            room.locked = l.locked();
            room.out.add(new RoomEvent.RosterChanged(room.locked, room.playerCap));
        } else if (a instanceof InstructorAction.PlayerCap cap) {
            if (cap.maxPlayers() < 1 || cap.maxPlayers() > 1000) {
                room.reject(c, "ROOM_BAD_CAP", "player cap must be between 1 and 1000");
            } else {
                room.playerCap = cap.maxPlayers();
                room.out.add(new RoomEvent.RosterChanged(room.locked, room.playerCap));
            }
        } else if (a instanceof InstructorAction.Kick k) {
            Player p = room.player(k.playerId());
            if (p == null || p.kicked) {
                room.reject(c, "ROOM_UNKNOWN_PLAYER", "no such player in this room");
            } else {
                p.kicked = true;
                room.out.add(new RoomEvent.PlayerKicked(p.id));
            }
        } else if (a instanceof InstructorAction.News n) {
            if (n.text() == null || n.text().isBlank() || n.text().length() > MAX_NEWS) {
                room.reject(c, "ROOM_BAD_NEWS", "news: 1–" + MAX_NEWS + " characters");
            } else {
                room.out.add(new RoomEvent.NewsPublished(n.text().strip(), room.nowNanos));
            }
        } else {
            throw new IllegalArgumentException("unknown instructor action " + a);
        }
    }

    private void transition(RoomInput in, RoomStatus from, RoomStatus to) {
        if (room.status != from) {
            room.reject(in, "ROOM_BAD_STATE", "cannot go from " + room.status + " to " + to);
            return;
        }
        room.status = to;
        statusChanged();
    }

    private void statusChanged() {
        room.out.add(new RoomEvent.StatusChanged(room.status, room.speedPercent, room.nowNanos));
    }

    private boolean playerOrAll(RoomInput in, int playerId) {
        if (playerId == 0 || room.player(playerId) != null) {
            return true;
        }
        room.reject(in, "ROOM_UNKNOWN_PLAYER", "no such player in this room");
        return false;
    }

    private java.util.List<Player> targets(int playerId) {
        return playerId == 0 ? room.players.stream().filter(p -> !p.kicked).toList() : java.util.List.of(room.player(playerId));
    }
}
