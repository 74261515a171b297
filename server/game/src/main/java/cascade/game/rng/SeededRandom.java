package cascade.game.rng;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * xoshiro256** (Blackman and Vigna), seeded through SplitMix64: a small, fast PRNG whose whole state is four
 * longs plus the Gaussian spare, so it can be snapshotted and restored bit-for-bit. Not thread-safe (a room has
 * one writer). Uses {@link StrictMath} so that JDK 17 and 25 produce the same Gaussians.
 */
public final class SeededRandom {
    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private boolean hasSpare;
    private double spare;

    public SeededRandom(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = mix(x);
    }

    /** SplitMix64's output function. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), unbiased (rejection sampling). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        int r = (int) (nextLong() >>> 33);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = (int) (nextLong() >>> 33)) {
            // rejected: u fell in the incomplete last block of size bound
        }
        return r;
    }

    /** Standard normal (Marsaglia polar method); the second variate is kept as the spare, part of the state. */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spare = v * f;
        hasSpare = true;
        return u * f;
    }

    /**
     * A child stream derived deterministically from this one (advances this stream by one draw). Used for
     * per-bot and per-venue streams so that adding draws in one does not shift the others.
     */
    public SeededRandom split() {
        return new SeededRandom(mix(nextLong() ^ 0x6A09E667F3BCC909L));
    }

    public void writeState(DataOutput out) throws IOException {
        out.writeLong(s0);
        out.writeLong(s1);
        out.writeLong(s2);
        out.writeLong(s3);
        out.writeBoolean(hasSpare);
        out.writeLong(Double.doubleToRawLongBits(spare));
    }

    public void readState(DataInput in) throws IOException {
        s0 = in.readLong();
        s1 = in.readLong();
        s2 = in.readLong();
        s3 = in.readLong();
        hasSpare = in.readBoolean();
        spare = Double.longBitsToDouble(in.readLong());
    }

    /** A fresh instance with the state read from {@code in}. */
    public static SeededRandom read(DataInput in) throws IOException {
        SeededRandom r = new SeededRandom(0);
        r.readState(in);
        return r;
    }
}
