package cascade.engine.market;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;

/** Snapshot reader; a truncated or corrupt snapshot fails with IllegalArgumentException. */
final class StateIn {
    private final DataInputStream in;

    StateIn(byte[] bytes) {
        in = new DataInputStream(new ByteArrayInputStream(bytes));
    }

    long l() {
        try {
            return in.readLong();
        } catch (IOException e) {
            throw new IllegalArgumentException("snapshot is truncated or corrupt", e);
        }
    }

    int i() {
        try {
            return in.readInt();
        } catch (IOException e) {
            throw new IllegalArgumentException("snapshot is truncated or corrupt", e);
        }
    }

    boolean b() {
        return i() != 0;
    }

    String s() {
        try {
            return in.readUTF();
        } catch (IOException e) {
            throw new IllegalArgumentException("snapshot is truncated or corrupt", e);
        }
    }

    boolean atEnd() {
        try {
            return in.available() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
