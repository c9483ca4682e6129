package cn.xiangzhi.shared.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How many HTTP sessions this server holds, and how many it created since it started: the operator
 * sees them ({@code /api/platform/status}); a rising count under anonymous traffic would mean a
 * public page started keeping server-side state again (ADR 0013).
 */
@WebListener
public class SessionCount implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(SessionCount.class.getName());
    private static final AtomicLong ACTIVE = new AtomicLong();
    private static final AtomicLong CREATED = new AtomicLong();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ACTIVE.incrementAndGet();
        CREATED.incrementAndGet();
        if (LOG.isLoggable(Level.FINEST)) {
            LOG.log(Level.FINEST, "HTTP session created by", new Throwable("where the session was created"));
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ACTIVE.decrementAndGet();
    }

    public static long active() {
        return ACTIVE.get();
    }

    public static long created() {
        return CREATED.get();
    }
}
