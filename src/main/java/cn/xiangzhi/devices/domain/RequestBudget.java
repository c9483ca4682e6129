package cn.xiangzhi.devices.domain;

/**
 * A token bucket per serial number: {@code capacity} requests at once, refilled at {@code perSecond}.
 * A terminal polls every {@link HandshakeOptions#DELAY_SECONDS} seconds and uploads now and then;
 * a serial that calls much faster is a broken device or someone else, and is answered 429.
 * Not thread-safe by itself: callers synchronise on the bucket.
 */
public final class RequestBudget {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    public RequestBudget(int capacity, double perSecond, long nowNanos) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /** Takes one request from the budget; false when it is spent. */
    public boolean take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
