package cn.xiangzhi.seal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A seal terminal speaking protocol v1 as docs/api.md and ADR 0019 describe it — written from that
 * text alone, sharing no code with the server: every request signed with the terminal's secret
 * (HMAC-SHA256 of method, path, Unix-seconds timestamp, nonce and the body's SHA-256, as lowercase
 * hex), a fresh nonce each time. {@link #send} makes any request, right or wrong, for the bad-input tests.
 */
public final class SealTerminalSimulator {

    private final URI base;
    private final String serial;
    private final String secret;
    private final Supplier<Instant> clock;
    private final HttpClient client;

    public record Reply(int status, String body) {
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The refusal's message key. */
        public String error() {
            return json().getString("error");
        }
    }

    /** A terminal at {@code base} (the application's root) with its serial and secret, its clock {@code clock}. */
    public SealTerminalSimulator(URI base, String serial, String secret, Supplier<Instant> clock) {
        this(base, serial, secret, clock, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    public SealTerminalSimulator(URI base, String serial, String secret, Supplier<Instant> clock, HttpClient client) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.serial = serial;
        this.secret = secret;
        this.clock = clock;
        this.client = client;
    }

    public String serial() {
        return serial;
    }

    public Reply heartbeat(int battery, String lid) {
        return post("heartbeat", Json.createObjectBuilder().add("battery", battery).add("lid", lid).build().toString());
    }

    public Reply authorisations() {
        return signed("GET", "authorisations", new byte[0]);
    }

    /** A stamp event; {@code applicationId} and {@code photo} may be null. */
    public Reply stamp(long sequence, Instant stampedAt, String operator, Long applicationId, byte[] photo) {
        return post("stamps", stampBody(sequence, stampedAt, operator, applicationId, photo));
    }

    public static String stampBody(long sequence, Instant stampedAt, String operator, Long applicationId, byte[] photo) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("sequence", sequence).add("stampedAt", stampedAt.toString());
        if (operator != null) {
            body.add("operator", operator);
        }
        if (applicationId != null) {
            body.add("applicationId", applicationId);
        }
        if (photo != null) {
            body.add("photo", Base64.getEncoder().encodeToString(photo));
        }
        return body.build().toString();
    }

    public Reply alarm(String id, String kind, Instant occurredAt, String detail) {
        return post("alarms", Json.createObjectBuilder().add("id", id).add("kind", kind).add("occurredAt", occurredAt.toString())
                .add("detail", detail).build().toString());
    }

    public Reply post(String endpoint, String json) {
        return signed("POST", endpoint, json.getBytes(StandardCharsets.UTF_8));
    }

    /** A request signed as the protocol says, with a new nonce and the terminal's clock. */
    public Reply signed(String method, String endpoint, byte[] body) {
        return send(method, endpoint, body, clock.get().getEpochSecond(), nonce(), secret);
    }

    public static String nonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Any request: the timestamp, nonce and key given (to sign wrong, late or twice). */
    public Reply send(String method, String endpoint, byte[] body, long timestamp, String nonce, String key) {
        URI uri = base.resolve("api/seal/v1/" + endpoint);
        String signature = sign(key, method + "\n" + uri.getRawPath() + "\n" + timestamp + "\n" + nonce + "\n" + sha256(body));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("X-Seal-Device", serial).header("X-Seal-Timestamp", Long.toString(timestamp))
                .header("X-Seal-Nonce", nonce).header("X-Seal-Signature", signature).header("Content-Type", "application/json");
        request.method(method, body.length == 0 && method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String sign(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
