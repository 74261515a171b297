package cascade.app.ws;

/** Token bucket per connection: {@code rate} messages per second, bursts up to twice that. Not thread-safe. */
final class RateLimiter {
    private final double rate;
    private final double burst;
    private double tokens;
    private long lastNanos;

    RateLimiter(int ratePerSecond, long nowNanos) {
        this.rate = ratePerSecond;
        this.burst = 2.0 * ratePerSecond;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    boolean tryAcquire(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - lastNanos) * rate / 1e9);
        lastNanos = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
