package cascade.game.realism;

/**
 * Sample statistics of a return series, as used for the stylized facts of asset returns (Cont 2001): excess
 * kurtosis (fat tails), autocorrelation of returns (linear predictability) and of absolute returns
 * (volatility clustering). Plain moment estimators, population (1/n) normalisation.
 */
final class ReturnStats {
    private ReturnStats() {
    }

    /** Log returns of consecutive prices. */
    static double[] logReturns(long[] prices) {
        double[] r = new double[prices.length - 1];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.log((double) prices[i + 1] / prices[i]);
        }
        return r;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Fourth standardised moment minus 3 (0 for a normal distribution). */
    static double excessKurtosis(double[] x) {
        double m = mean(x);
        double s2 = 0;
        double s4 = 0;
        for (double v : x) {
            double d = v - m;
            s2 += d * d;
            s4 += d * d * d * d;
        }
        s2 /= x.length;
        s4 /= x.length;
        return s4 / (s2 * s2) - 3;
    }

    /** Sample autocorrelation at {@code lag} (the usual biased estimator: sums over n − lag pairs, divided by the full variance). */
    static double autocorrelation(double[] x, int lag) {
        double m = mean(x);
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - m;
            den += d * d;
            if (i + lag < x.length) {
                num += d * (x[i + lag] - m);
            }
        }
        return num / den;
    }

    /** Mean autocorrelation of |returns| over lags {@code from..to}. */
    static double meanAbsReturnAutocorrelation(double[] r, int from, int to) {
        double[] abs = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            abs[i] = Math.abs(r[i]);
        }
        double s = 0;
        for (int lag = from; lag <= to; lag++) {
            s += autocorrelation(abs, lag);
        }
        return s / (to - from + 1);
    }

    /** Mean of |autocorrelation of returns| over lags {@code from..to}. */
    static double meanAbsAutocorrelation(double[] r, int from, int to) {
        double s = 0;
        for (int lag = from; lag <= to; lag++) {
            s += Math.abs(autocorrelation(r, lag));
        }
        return s / (to - from + 1);
    }
}
