package cn.xiangzhi.devices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An attendance terminal speaking the ZKTeco PUSH (ADMS / iclock) protocol 2.x as DEVICES.md
 * describes it — written from that text alone, sharing no code with the server: the requests a
 * terminal makes (handshake, uploads, polling, command results, heartbeat), with the headers real
 * firmware sends ({@code User-Agent: iClock Proxy/1.09}, {@code Accept: application/push}), its
 * names in GB2312 when it speaks {@code language=83}.
 */
public final class TerminalSimulator {

    /** GB2312 names; the server may read them as GB18030 (its superset), which encodes them the same. */
    public static final Charset GB2312 = Charset.forName("GB2312");

    private final URI base;
    private final String serial;
    private final String language;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A terminal at {@code base} (the application's root) with serial {@code serial}, in language 83 (Chinese) or 69 (English). */
    public TerminalSimulator(URI base, String serial, String language) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.serial = serial;
        this.language = language;
    }

    public String serial() {
        return serial;
    }

    /** Text of this terminal: GB2312 when it speaks Chinese, else UTF-8. */
    public Charset charset() {
        return "83".equals(language) ? GB2312 : StandardCharsets.UTF_8;
    }

    /** What the server answered: status, the body's bytes, and headers by lower-case name. */
    public record Answer(int status, byte[] bytes, Map<String, List<String>> headers) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String text(Charset charset) {
            return new String(bytes, charset);
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** The first request after power-on: the device asks for its options. */
    public Answer handshake() {
        return get("iclock/cdata?SN=" + serial + "&options=all&pushver=2.2.14&language=" + language + "&pushcommkey=");
    }

    /** Attendance records, one line each: PIN, time, status, verify, workcode, reserved... tab-separated. */
    public Answer attlog(String stamp, List<String> lines) {
        return post("iclock/cdata?SN=" + serial + "&table=ATTLOG&Stamp=" + stamp, String.join("\n", lines) + "\n", "text/plain");
    }

    /** The same records as some OEM firmware sends them: form-encoded, the table only in the body. */
    public Answer attlogFormEncoded(List<String> lines) {
        String body = "table=ATTLOG&Stamp=1&data=" + URLEncoder.encode(String.join("\n", lines), charset());
        return post("iclock/cdata?SN=" + serial, body, "application/x-www-form-urlencoded");
    }

    /** Operation log lines ({@code OPLOG}, {@code USER}, {@code FP}...), in the terminal's language's encoding. */
    public Answer operlog(List<String> lines) {
        return post("iclock/cdata?SN=" + serial + "&table=OPERLOG&Stamp=9999", String.join("\n", lines) + "\n", "text/plain");
    }

    /** A photo: text lines, a NUL byte (unless {@code withSeparator} is false), then the JPEG; {@code fdata}: the other endpoint. */
    public Answer photo(String fileName, byte[] jpeg, boolean withSeparator, boolean fdata) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("PIN=" + fileName + "\nSN=" + serial + "\nsize=" + jpeg.length + "\nCMD=uploadphoto").getBytes(StandardCharsets.US_ASCII));
        if (withSeparator) {
            body.write(0);
        }
        body.writeBytes(jpeg);
        String path = fdata ? "iclock/fdata?SN=" + serial + "&table=ATTPHOTO" : "iclock/cdata?SN=" + serial + "&table=ATTPHOTO&Stamp=1";
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "application/octet-stream"));
    }

    /** The poll every Delay seconds: {@code OK} or command lines. */
    public Answer getrequest() {
        return get("iclock/getrequest?SN=" + serial);
    }

    /** The commands in an answer to {@link #getrequest()}: id → command text. */
    public Map<Long, String> commands(Answer answer) {
        Map<Long, String> commands = new TreeMap<>();
        for (String line : answer.text(charset()).split("\n")) {
            if (line.startsWith("C:")) {
                int colon = line.indexOf(':', 2);
                commands.put(Long.parseLong(line.substring(2, colon)), line.substring(colon + 1).replace("\r", ""));
            }
        }
        return commands;
    }

    /** The result of command {@code id}: 0 ok, -1 bad parameter, -10 PIN not found, -1002 unsupported. */
    public Answer devicecmd(long id, int returnCode, String command) {
        return post("iclock/devicecmd?SN=" + serial, "ID=" + id + "&Return=" + returnCode + "&CMD=" + command + "\n", "text/plain");
    }

    public Answer ping() {
        return get("iclock/ping?SN=" + serial);
    }

    /** A body of any bytes to {@code path}. */
    public Answer raw(String path, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "text/plain"));
    }

    /**
     * An ATTLOG upload announcing {@code announced} bytes while only the first lines are sent, over a
     * plain socket (a client library would insist on sending them all): returns the status line.
     */
    public String announceHugeAttlog(long announced, List<String> firstLines) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + base.getRawPath() + "iclock/cdata?SN=" + serial + "&table=ATTLOG&Stamp=1 HTTP/1.1\r\nHost: "
                    + base.getHost() + ":" + base.getPort() + "\r\nUser-Agent: iClock Proxy/1.09\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + announced + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write((String.join("\n", firstLines) + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.write(b);
            }
            return line.toString(StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code n} attendance lines of distinct PINs at {@code time} (device clock), 5 fields each. */
    public static List<String> lines(int n, String pinPrefix, String time) {
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(pinPrefix + i + "\t" + time + "\t0\t1\t0");
        }
        return lines;
    }

    private Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private Answer post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(charset())))
                .header("Content-Type", contentType));
    }

    private Answer send(HttpRequest.Builder request) {
        request.header("User-Agent", "iClock Proxy/1.09").header("Accept", "application/push").timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
