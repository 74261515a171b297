package cascade.game.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;

/** Test helper: state to bytes and back. */
public final class Snapshots {
    public interface Writer {
        void write(DataOutput out) throws IOException;
    }

    public interface Reader {
        void read(DataInput in) throws IOException;
    }

    private Snapshots() {
    }

    public static byte[] bytes(Writer w) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        w.write(new DataOutputStream(b));
        return b.toByteArray();
    }

    public static void restore(byte[] state, Reader r) throws IOException {
        r.read(new DataInputStream(new ByteArrayInputStream(state)));
    }
}
