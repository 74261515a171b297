package cascade.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A hand-rolled WebSocket client over a plain socket with a tiny receive buffer, for the one thing a real client
 * library will not do: send requests and never read the answers.
 */
public final class RawWebSocket implements AutoCloseable {
    private final Socket socket = new Socket();
    private final OutputStream out;

    public RawWebSocket(int port) throws IOException {
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        out = socket.getOutputStream();
        String key = Base64.getEncoder().encodeToString("cascade-raw-test".getBytes(StandardCharsets.US_ASCII));
        out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed during handshake: " + head);
            }
            head.append((char) b);
        }
        if (!head.toString().startsWith("HTTP/1.1 101")) {
            throw new IOException("handshake refused: " + head);
        }
    }

    /** One masked text frame (clients must mask). */
    public void sendText(String text) throws IOException {
        byte[] p = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = {1, 2, 3, 4};
        out.write(0x81);
        if (p.length < 126) {
            out.write(0x80 | p.length);
        } else {
            out.write(0x80 | 126);
            out.write(p.length >>> 8);
            out.write(p.length & 0xff);
        }
        out.write(mask);
        byte[] masked = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            masked[i] = (byte) (p[i] ^ mask[i % 4]);
        }
        out.write(masked);
        out.flush();
    }

    /** Reads until {@code marker} has appeared in the byte stream (server frames are unmasked text). */
    public void readUntil(String marker, int timeoutMs) throws IOException {
        socket.setSoTimeout(timeoutMs);
        InputStream in = socket.getInputStream();
        StringBuilder seen = new StringBuilder();
        while (seen.indexOf(marker) < 0) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before " + marker);
            }
            seen.append((char) b);
        }
    }

    /**
     * Reads (and discards) until end of stream or reset — the server closed it — or until the deadline, whatever
     * the server keeps sending meanwhile.
     */
    public boolean serverClosedWithin(int timeoutMs) throws IOException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        socket.setSoTimeout(200);
        byte[] buf = new byte[65536];
        InputStream in = socket.getInputStream();
        while (System.currentTimeMillis() < deadline) {
            try {
                if (in.read(buf) < 0) {
                    return true;
                }
            } catch (java.net.SocketTimeoutException e) {
                // keep waiting
            } catch (IOException e) {
                return true; // reset by the server
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
