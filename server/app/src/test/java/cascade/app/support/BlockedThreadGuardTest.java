package cascade.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The guard every server test relies on really sees Vert.x's blocked-thread warning. */
class BlockedThreadGuardTest {
    @Test
    void aBlockedEventLoopIsCaptured() throws Exception {
        TestServer s = new TestServer();
        try {
            s.server.vertx().runOnContext(v -> {
                try {
                    Thread.sleep(2_600); // deliberately past Vert.x's 2 s event-loop limit
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Thread.sleep(3_200);
            assertThat(s.blockedThreadWarnings()).isNotEmpty();
        } finally {
            s.clearWarnings();
            s.close();
        }
    }
}
