package cascade.engine.analytics;

/**
 * Standard normal CDF via the complementary error function, using W. J. Cody's rational Chebyshev
 * approximations ("Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969) 631–637;
 * the coefficients of Netlib SPECFUN {@code CALERF}). Cody's stated maximal relative error is below 1.2e-16 on
 * each of the three ranges, i.e. about double precision; the tests check erfc to 1e-14 relative against
 * reference values. {@link StrictMath} keeps results bit-identical on every JVM (displayed numbers replay).
 */
public final class Normal {
    private static final double THRESH = 0.46875;
    private static final double SQRPI = 5.6418958354775628695e-1; // 1/√π
    private static final double XBIG = 26.543;                    // erfc(x) underflows to 0 beyond this
    private static final double XHUGE = 6.71e7;                   // erfcx(x) = 1/(x√π) to double precision
    private static final double SQRT2 = 1.4142135623730950488;

    private static final double[] A = {3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02,
            3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] B = {2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03,
            2.84423683343917062e03};
    private static final double[] C = {5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01,
            2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03,
            1.23033935479799725e03, 2.15311535474403846e-8};
    private static final double[] D = {1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02,
            1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03,
            1.23033935480374942e03};
    private static final double[] P = {3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1,
            1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2};
    private static final double[] Q = {2.56852019228982242e00, 1.87295284992346725e00, 5.27905102951428412e-1,
            6.05183413124413191e-2, 2.33520497626869185e-3};

    private Normal() {
    }

    /** Φ(x) = erfc(−x/√2) / 2. */
    public static double cdf(double x) {
        return 0.5 * erfc(-x / SQRT2);
    }

    /** ln Φ(x), accurate also far in the lower tail (x ≪ −38, where Φ itself underflows to 0). */
    public static double logCdf(double x) {
        if (x >= -5) {
            return StrictMath.log(cdf(x));
        }
        double y = -x / SQRT2;
        return -y * y + StrictMath.log(0.5 * erfcxPositive(y));
    }

    /** Complementary error function. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double y = Math.abs(x);
        if (y <= THRESH) {
            return 1 - x * smallRatio(y); // erf is odd, so x·(erf(y)/y) covers negative x
        }
        double r = y >= XBIG ? 0 : expMinusSquare(y) * erfcxPositive(y);
        return x < 0 ? 2 - r : r;
    }

    /** erf(x)/x for |x| ≤ 0.46875 (Cody's first range). */
    private static double smallRatio(double y) {
        double ysq = y * y;
        double num = A[4] * ysq;
        double den = ysq;
        for (int i = 0; i < 3; i++) {
            num = (num + A[i]) * ysq;
            den = (den + B[i]) * ysq;
        }
        return (num + A[3]) / (den + B[3]);
    }

    /** Scaled erfc: exp(y²)·erfc(y) for y ≥ 0, without forming exp(y²). */
    static double erfcxPositive(double y) {
        if (y <= THRESH) {
            return StrictMath.exp(y * y) * (1 - y * smallRatio(y));
        }
        if (y <= 4) {
            double num = C[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + C[i]) * y;
                den = (den + D[i]) * y;
            }
            return (num + C[7]) / (den + D[7]);
        }
        if (y >= XHUGE) {
            return SQRPI / y;
        }
        double ysq = 1 / (y * y);
        double num = P[5] * ysq;
        double den = ysq;
        for (int i = 0; i < 4; i++) {
            num = (num + P[i]) * ysq;
            den = (den + Q[i]) * ysq;
        }
        double r = ysq * (num + P[4]) / (den + Q[4]);
        return (SQRPI - r) / y;
    }

    /** exp(−y²) split as Cody does, so the rounding of y² does not cost relative accuracy. */
    private static double expMinusSquare(double y) {
        double ysq = Math.floor(y * 16) / 16;
        double del = (y - ysq) * (y + ysq);
        return StrictMath.exp(-ysq * ysq) * StrictMath.exp(-del);
    }
}
