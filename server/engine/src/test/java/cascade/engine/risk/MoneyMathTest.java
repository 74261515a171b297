package cascade.engine.risk;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rounding directions of MoneyMath, including the 128-bit path and the Long.MIN_VALUE edge that used to wrap. */
class MoneyMathTest {

    @Test
    void roundsFloorAndCeilForBothSigns() {
        assertThat(MoneyMath.mulDivFloor(7, 1, 2)).isEqualTo(3);
        assertThat(MoneyMath.mulDivFloor(-7, 1, 2)).isEqualTo(-4);
        assertThat(MoneyMath.mulDivCeil(7, 1, 2)).isEqualTo(4);
        assertThat(MoneyMath.mulDivCeil(-7, 1, 2)).isEqualTo(-3);
        assertThat(MoneyMath.ceilDiv(-7, 2)).isEqualTo(-3);
    }

    @Test
    void productsBeyond64BitsAreExact() {
        long a = 9_000_000_000_000_000_000L;
        BigInteger p = BigInteger.valueOf(a).multiply(BigInteger.valueOf(-3));
        assertThat(MoneyMath.mulDivFloor(a, -3, 7)).isEqualTo(p.divide(BigInteger.valueOf(7)).longValueExact() - 1);
        assertThat(MoneyMath.mulDivCeil(a, -3, 7)).isEqualTo(p.divide(BigInteger.valueOf(7)).longValueExact());
    }

    @Test
    void minValueDoesNotWrap() {
        // Before the fix, ceil negated Long.MIN_VALUE (which stays MIN_VALUE) and returned a wrong sign.
        assertThat(MoneyMath.mulDivCeil(Long.MIN_VALUE, 1, 2)).isEqualTo(Long.MIN_VALUE / 2);
        assertThat(MoneyMath.ceilDiv(Long.MIN_VALUE, 2)).isEqualTo(Long.MIN_VALUE / 2);
    }

    @Test
    void overflowAndBadDivisorsThrowInsteadOfWrapping() {
        assertThatThrownBy(() -> MoneyMath.mulDivFloor(Long.MAX_VALUE, 2, 1)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> MoneyMath.mulDivCeil(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
