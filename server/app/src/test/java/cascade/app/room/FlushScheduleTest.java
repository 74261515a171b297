package cascade.app.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlushScheduleTest {
    private static final long FIRINGS_PER_SECOND = 1000 / RoomVerticle.TIMER_MS;

    @Test
    void eachStreamKeepsItsRate() {
        int book = 0, ticker = 0, trades = 0, risk = 0, status = 0;
        long seconds = 60;
        for (long f = 0; f < seconds * FIRINGS_PER_SECOND; f++) {
            book += FlushSchedule.book(f) ? 1 : 0;
            ticker += FlushSchedule.ticker(f) ? 1 : 0;
            trades += FlushSchedule.trades(f) ? 1 : 0;
            risk += FlushSchedule.risk(f) ? 1 : 0;
            status += FlushSchedule.status(f) ? 1 : 0;
        }
        assertThat(book).isEqualTo(10 * seconds); // the ceiling for the book: 10 updates/s
        assertThat(ticker).isEqualTo(4 * seconds);
        assertThat(trades).isEqualTo(4 * seconds);
        assertThat(risk).isEqualTo(2 * seconds);
        assertThat(status).isEqualTo(seconds);
    }

    @Test
    void noFiringSendsTwoPublicStreamsToEveryClient() {
        for (long f = 0; f < 10_000; f++) {
            int everyone = (FlushSchedule.book(f) ? 1 : 0) + (FlushSchedule.ticker(f) ? 1 : 0)
                    + (FlushSchedule.trades(f) ? 1 : 0) + (FlushSchedule.status(f) ? 1 : 0);
            assertThat(everyone).as("firing %d", f).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void booksAreEvenlySpaced() {
        long last = -1;
        for (long f = 0; f < 1_000; f++) {
            if (FlushSchedule.book(f)) {
                if (last >= 0) {
                    assertThat((f - last) * RoomVerticle.TIMER_MS).isEqualTo(100);
                }
                last = f;
            }
        }
    }
}
