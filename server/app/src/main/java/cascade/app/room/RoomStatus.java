package cascade.app.room;

/** LOBBY: players join, no clock. RUNNING: clock ticks, commands accepted. PAUSED: no clock, no commands. ENDED: read-only. */
public enum RoomStatus { LOBBY, RUNNING, PAUSED, ENDED }
