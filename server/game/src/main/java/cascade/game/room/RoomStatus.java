package cascade.game.room;

/** LOBBY: players join, the clock is stopped. RUNNING / PAUSED: the game. ENDED: standings are final. */
public enum RoomStatus { LOBBY, RUNNING, PAUSED, ENDED }
