package cn.xiangzhi.testing;

import java.nio.charset.StandardCharsets;

import static cn.xiangzhi.testing.Fixtures.OPERATOR;
import static cn.xiangzhi.testing.Fixtures.OPERATOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application's counters as the operator reads them ({@code GET /api/platform/metrics}). */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The value of one sample line, named as it is written, e.g.
     * {@code xiangzhi_sign_in_failures_total{reason="bad_credentials"}}; 0 while it was never counted.
     */
    public static long value(Http api, String sample) {
        for (String line : text(api).split("\n")) {
            if (line.startsWith(sample + " ")) {
                return Long.parseLong(line.substring(sample.length() + 1).trim());
            }
        }
        return 0;
    }

    /** The whole text, asked for as a scraper does (no JSON in its Accept header). */
    public static String text(Http api) {
        Http.Download reply = api.download("/api/platform/metrics", OPERATOR, OPERATOR_PASSWORD);
        String body = new String(reply.body(), StandardCharsets.UTF_8);
        assertEquals(200, reply.status(), body);
        assertTrue(reply.header("Content-Type").startsWith("text/plain"), reply.header("Content-Type"));
        return body;
    }
}
