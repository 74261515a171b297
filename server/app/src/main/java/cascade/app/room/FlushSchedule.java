package cascade.app.room;

/**
 * Which conflated streams a room's timer firing (every {@value RoomVerticle#TIMER_MS} ms) flushes. Every client gets
 * every public message, so a firing that flushed the book, the ticker and the trade batch together would write
 * three messages to every socket at once — on a 1,000-client room a burst that holds both cores for tens of
 * milliseconds and delays every order ack behind it. Each stream therefore has its own firings: the book every 4th
 * (10/s), the ticker and the trade batch every 10th (4/s) on firings that never carry the book or each other, the
 * instructor's risk view every 20th (2/s) and the room status every 40th (1/s). The players' position, margin and
 * account refreshes are spread over every firing by {@link PrivateFeed}.
 */
final class FlushSchedule {
    private FlushSchedule() {
    }

    static boolean book(long firing) {
        return firing % 4 == 0;
    }

    static boolean ticker(long firing) {
        return firing % 10 == 3;
    }

    static boolean trades(long firing) {
        return firing % 10 == 7;
    }

    static boolean risk(long firing) {
        return firing % 20 == 9;
    }

    static boolean status(long firing) {
        return firing % 40 == 11;
    }
}
