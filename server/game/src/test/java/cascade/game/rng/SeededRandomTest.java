package cascade.game.rng;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeededRandomTest {

    @Test
    void sameSeedGivesSameStream_differentSeedDiffers() {
        SeededRandom a = new SeededRandom(42);
        SeededRandom b = new SeededRandom(42);
        SeededRandom c = new SeededRandom(43);
        long diff = 0;
        for (int i = 0; i < 1000; i++) {
            long x = a.nextLong();
            assertThat(b.nextLong()).isEqualTo(x);
            diff += c.nextLong() != x ? 1 : 0;
        }
        assertThat(diff).isEqualTo(1000);
    }

    @Test
    void restoreMidStreamContinuesBitForBit_includingTheGaussianSpare() throws IOException {
        SeededRandom a = new SeededRandom(7);
        a.nextGaussian(); // leaves a spare in the state: the snapshot must carry it
        byte[] snap = snapshot(a);
        double[] expected = new double[100];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = i % 2 == 0 ? a.nextGaussian() : a.nextDouble();
        }
        SeededRandom b = SeededRandom.read(new DataInputStream(new ByteArrayInputStream(snap)));
        for (int i = 0; i < expected.length; i++) {
            double v = i % 2 == 0 ? b.nextGaussian() : b.nextDouble();
            assertThat(Double.doubleToRawLongBits(v)).isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }

    @Test
    void splitIsDeterministicAndDiffersFromParent() {
        SeededRandom p1 = new SeededRandom(5);
        SeededRandom p2 = new SeededRandom(5);
        SeededRandom c1 = p1.split();
        SeededRandom c2 = p2.split();
        for (int i = 0; i < 100; i++) {
            long v = c1.nextLong();
            assertThat(c2.nextLong()).isEqualTo(v);
            assertThat(p1.nextLong()).isNotEqualTo(v);
            p2.nextLong();
        }
    }

    @Test
    void uniformsAndGaussiansHaveTheRightMoments() {
        SeededRandom r = new SeededRandom(99);
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        int[] buckets = new int[10];
        for (int i = 0; i < n; i++) {
            double g = r.nextGaussian();
            sum += g;
            sumSq += g * g;
            double u = r.nextDouble();
            assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
            buckets[r.nextInt(10)]++;
        }
        // standard errors: mean 1/√n ≈ 0.0022, variance √(2/n) ≈ 0.0032; allow ~5 of them
        assertThat(sum / n).isBetween(-0.012, 0.012);
        assertThat(sumSq / n).isBetween(0.984, 1.016);
        for (int b : buckets) {
            assertThat(b).isBetween(19_400, 20_600);
        }
        assertThatThrownBy(() -> r.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] snapshot(SeededRandom r) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        r.writeState(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }
}
