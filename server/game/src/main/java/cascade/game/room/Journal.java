package cascade.game.room;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A room's journal (docs/journal.md): the scenario (name, YAML, seed) and every input in order with its
 * sequence number and game time. Replaying it into a fresh room reproduces the room bit for bit.
 */
public final class Journal {
    private static final int MAGIC = 0x434a4c31; // "CJL1"
    private final String scenarioName;
    private final String scenarioYaml;
    private final long seed;
    private final List<JournalEntry> entries = new ArrayList<>();

    public Journal(String scenarioName, String scenarioYaml, long seed) {
        this.scenarioName = scenarioName;
        this.scenarioYaml = scenarioYaml;
        this.seed = seed;
    }

    /** Appends an input about to be applied to {@code room} (seq = inputs applied so far + 1). */
    public JournalEntry append(Room room, RoomInput input) {
        long time = input instanceof RoomInput.ClockTick t ? t.gameTimeNanos() : room.nowNanos();
        JournalEntry e = new JournalEntry(room.inputsApplied() + 1, time, input);
        entries.add(e);
        return e;
    }

    public List<JournalEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public List<RoomInput> inputs() {
        return entries.stream().map(JournalEntry::input).toList();
    }

    /** A fresh room built from the journal's scenario, with every input re-applied. */
    public Room replay(cascade.game.bot.BotFactory factory) {
        Room room = Room.create(scenarioName, scenarioYaml, seed, factory);
        for (JournalEntry e : entries) {
            room.apply(e.input());
        }
        return room;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            RoomCodec.writeLongString(out, scenarioName);
            RoomCodec.writeLongString(out, scenarioYaml);
            out.writeLong(seed);
            for (JournalEntry e : entries) {
                out.writeLong(e.seq());
                out.writeLong(e.gameTimeNanos());
                InputCodec.write(e.input(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Journal fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a Cascade journal (v1)");
            }
            Journal j = new Journal(RoomCodec.readLongString(in), RoomCodec.readLongString(in), in.readLong());
            long expected = 1;
            while (in.available() > 0) {
                long seq = in.readLong();
                if (seq < expected) {
                    throw new IllegalArgumentException("journal: sequence " + seq + " after " + (expected - 1));
                }
                expected = seq + 1;
                j.entries.add(new JournalEntry(seq, in.readLong(), InputCodec.read(in)));
            }
            return j;
        } catch (EOFException e) {
            throw new IllegalArgumentException("journal is truncated", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("journal is corrupt", e);
        }
    }
}
