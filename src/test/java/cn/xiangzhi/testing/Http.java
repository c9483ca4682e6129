package cn.xiangzhi.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small HTTP client for tests: REST calls with Basic auth, and page sessions with cookies. */
public final class Http {

    private final String base;
    private final HttpClient client;
    private final Map<String, String> defaults;

    private Http(String base, HttpClient client) {
        this(base, client, Map.of());
    }

    private Http(String base, HttpClient client, Map<String, String> defaults) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = client;
        this.defaults = defaults;
    }

    /**
     * The same client (and cookies) sending {@code name: value} with every request — e.g. an
     * {@code X-Forwarded-For} address, which the test server trusts from loopback, to act as
     * another client address.
     */
    public Http with(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(defaults);
        headers.put(name, value);
        return new Http(base, client, Map.copyOf(headers));
    }

    /** A request to {@code path} with this client's default headers. */
    private HttpRequest.Builder request(String path, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        defaults.forEach(request::header);
        return request;
    }

    /** Stateless client for the REST API. */
    public static Http api(URI base) {
        return new Http(base.toString(), HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** A browser-like session: keeps cookies, does not follow redirects (tests look at them). */
    public static Http session(URI base) {
        return new Http(base.toString(), HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
    }

    public record Reply(int status, String body, Map<String, List<String>> headers) {
        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String location() {
            return headers.getOrDefault("location", List.of("")).get(0);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public Reply call(String method, String path, String user, String password, String json) {
        return call(method, path, user, password, json, Map.of());
    }

    /** A REST call with extra request headers (e.g. {@code X-Forwarded-For}, which the test server trusts from loopback). */
    public Reply call(String method, String path, String user, String password, String json, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, Duration.ofSeconds(60));
        headers.forEach(request::header);
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.header("Accept", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(request.build());
    }

    /** A file downloaded with Basic authentication (an export): status, bytes and headers. */
    public record Download(int status, byte[] body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of("")).get(0);
        }
    }

    public Download download(String path, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<byte[]> response = client.send(request(path, Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a raw file (an import) with Basic authentication. */
    public Reply upload(String path, String user, String password, byte[] content, String contentType) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(path, Duration.ofSeconds(300))
                .header("Authorization", "Basic " + token).header("Content-Type", contentType)
                .header("Accept", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    public Reply get(String path) {
        return send(request(path, Duration.ofSeconds(60)).GET().build());
    }

    /** A GET with extra request headers. */
    public Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, Duration.ofSeconds(60)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /**
     * Sends {@code method path} with {@code headers} (CRLF separated, without the blank line; the
     * connection is closed after the answer) and then {@code body} over a plain socket, and returns
     * the answer as text: for requests an HTTP client would not send as they are (a length
     * announced but not sent, a chunked body).
     */
    public String raw(String method, String path, String headers, byte[] body) {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            String head = method + " " + uri.getRawPath() + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nConnection: close\r\n" + headers + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            // the status line, the headers and a short body, counted in bytes; not more: a server that
            // refused a body it was promised may keep the connection open waiting for it
            var in = new BufferedInputStream(socket.getInputStream());
            StringBuilder answer = new StringBuilder();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int length = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String text = line.toString(StandardCharsets.UTF_8).strip();
                line.reset();
                if (text.isEmpty()) {
                    break;
                }
                answer.append(text).append('\n');
                if (text.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(text.substring(15).strip());
                }
            }
            byte[] content = in.readNBytes(Math.min(length, 8192));
            return answer.append('\n').append(new String(content, StandardCharsets.UTF_8)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The server's root, outside the application's context path (Payara's /health, /metrics). */
    public Http root() {
        URI uri = URI.create(base);
        return new Http(uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort(), client, defaults);
    }

    /** Signs in through the login form at {@code loginPath}, with its CSRF token; returns the final reply. */
    public Reply login(String loginPath, String user, String password) {
        Reply page = get(loginPath);
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on " + loginPath + ": " + page.status() + " " + page.body());
        }
        return postForm(loginPath, Map.of("username", user, "password", password, "csrf", csrf.group(1)));
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
