package cascade.engine.risk;

import java.math.BigInteger;

/**
 * An exact fraction {@code num / den} with {@code den > 0} (not reduced; only compared and rounded), for the
 * closed-form price formulas that must not lose a micro to rounding before the one written rounding step.
 */
record Rational(BigInteger num, BigInteger den) implements Comparable<Rational> {

    Rational {
        if (den.signum() == 0) {
            throw new ArithmeticException("rational: zero denominator");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
    }

    static Rational of(BigInteger integer) {
        return new Rational(integer, BigInteger.ONE);
    }

    static Rational of(BigInteger num, BigInteger den) {
        return new Rational(num, den);
    }

    int signum() {
        return num.signum();
    }

    Rational times(BigInteger factor) {
        return new Rational(num.multiply(factor), den);
    }

    Rational divide(BigInteger divisor) {
        return new Rational(num, den.multiply(divisor));
    }

    Rational min(Rational other) {
        return compareTo(other) <= 0 ? this : other;
    }

    Rational max(Rational other) {
        return compareTo(other) >= 0 ? this : other;
    }

    BigInteger floor() {
        BigInteger[] qr = num.divideAndRemainder(den);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    BigInteger ceil() {
        return new Rational(num.negate(), den).floor().negate();
    }

    @Override
    public int compareTo(Rational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
}
