package cascade.app.cli;

import cascade.app.config.ServerConfig;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The URLs printed at start: local, every non-loopback IPv4 interface (for a class on the same network), public. */
final class Urls {
    private Urls() {
    }

    static void print(ServerConfig c, int port, PrintStream out) {
        out.println("Cascade is running. Open:");
        out.println("  http://localhost:" + port + "/");
        if (c.host().equals("0.0.0.0")) {
            for (String ip : lanAddresses()) {
                out.println("  http://" + ip + ":" + port + "/   (local network)");
            }
        } else if (!c.host().equals("127.0.0.1") && !c.host().equals("localhost")) {
            out.println("  http://" + c.host() + ":" + port + "/");
        }
        if (!c.publicUrl().isEmpty()) {
            out.println("  " + c.publicUrl() + "/   (public URL)");
        }
        out.println("Health: http://localhost:" + port + "/health   Metrics: http://localhost:" + port + "/metrics");
    }

    static List<String> lanAddresses() {
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        out.add(a.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return out;
        }
        Collections.sort(out);
        return out;
    }
}
