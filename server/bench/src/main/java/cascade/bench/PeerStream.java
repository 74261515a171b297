package cascade.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A peer-bench stream file (format: /work/shared/peer-bench/README.md) loaded once into primitive arrays, so the
 * timed replay touches no strings and no objects per command.
 *
 * <pre>
 *   A &lt;id&gt; &lt;B|S&gt; &lt;price&gt; &lt;qty&gt; &lt;GTC|IOC&gt;  |  C &lt;id&gt;  |  M &lt;id&gt; &lt;newPrice&gt;  |  # comment
 * </pre>
 */
final class PeerStream {
    static final byte ADD = 'A', CANCEL = 'C', MOVE = 'M';

    int n;
    byte[] type;
    long[] id;
    boolean[] buy;     // ADD only
    long[] price;      // ADD: limit, MOVE: new price
    long[] qty;        // ADD only
    boolean[] ioc;     // ADD only; false = GTC
    String header = "";
    String expect;     // text after "# expect ", or null

    static PeerStream read(Path file) throws IOException {
        PeerStream s = new PeerStream();
        s.allocate(1 << 16);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                if (line.charAt(0) == '#') {
                    String c = line.substring(1).trim();
                    if (s.header.isEmpty()) {
                        s.header = c;
                    }
                    if (c.startsWith("expect ")) {
                        s.expect = c.substring("expect ".length());
                    }
                    continue;
                }
                s.parse(line, lineNo);
            }
        }
        return s;
    }

    private void allocate(int cap) {
        type = new byte[cap];
        id = new long[cap];
        buy = new boolean[cap];
        price = new long[cap];
        qty = new long[cap];
        ioc = new boolean[cap];
    }

    private void grow() {
        int cap = type.length * 2;
        type = java.util.Arrays.copyOf(type, cap);
        id = java.util.Arrays.copyOf(id, cap);
        buy = java.util.Arrays.copyOf(buy, cap);
        price = java.util.Arrays.copyOf(price, cap);
        qty = java.util.Arrays.copyOf(qty, cap);
        ioc = java.util.Arrays.copyOf(ioc, cap);
    }

    private void parse(String line, int lineNo) throws IOException {
        String[] f = line.split(" ");
        if (n == type.length) {
            grow();
        }
        try {
            byte t = (byte) f[0].charAt(0);
            if (f[0].length() != 1) {
                throw new IOException("bad command");
            }
            type[n] = t;
            id[n] = Long.parseLong(f[1]);
            if (t == ADD && f.length == 6) {
                buy[n] = bool(f[2], "B", "S");
                price[n] = Long.parseLong(f[3]);
                qty[n] = Long.parseLong(f[4]);
                ioc[n] = bool(f[5], "IOC", "GTC");
            } else if (t == MOVE && f.length == 3) {
                price[n] = Long.parseLong(f[2]);
            } else if (!(t == CANCEL && f.length == 2)) {
                throw new IOException("bad command");
            }
        } catch (RuntimeException e) {
            throw new IOException("line " + lineNo + ": cannot parse '" + line + "'", e);
        }
        n++;
    }

    private static boolean bool(String v, String yes, String no) {
        if (v.equals(yes)) {
            return true;
        }
        if (v.equals(no)) {
            return false;
        }
        throw new IllegalArgumentException("expected " + yes + " or " + no + ", got " + v);
    }

    /** Command counts in the peer's "mix:" layout. */
    String mix() {
        int[] c = new int[4];
        for (int i = 0; i < n; i++) {
            c[type[i] == CANCEL ? 1 : type[i] == MOVE ? 3 : ioc[i] ? 2 : 0]++;
        }
        return String.format("gtc=%d (%.1f%%) cancel=%d (%.1f%%) ioc=%d (%.1f%%) move=%d (%.1f%%)",
                c[0], 100.0 * c[0] / n, c[1], 100.0 * c[1] / n, c[2], 100.0 * c[2] / n, c[3], 100.0 * c[3] / n);
    }
}
