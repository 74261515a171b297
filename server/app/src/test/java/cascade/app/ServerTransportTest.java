package cascade.app;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ServerTransportTest {
    /** The jar ships Netty's epoll library for both Linux architectures; losing it would silently fall back to NIO. */
    @Test
    @EnabledOnOs(value = OS.LINUX, architectures = {"amd64", "aarch64"})
    void linuxServersUseTheNativeEpollTransport() throws Exception {
        try (TestServer s = new TestServer()) {
            assertThat(s.server.vertx().isNativeTransportEnabled())
                    .as("native transport unavailable: %s", s.server.vertx().unavailableNativeTransportCause()).isTrue();
        }
    }
}
