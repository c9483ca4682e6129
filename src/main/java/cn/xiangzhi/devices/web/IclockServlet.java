package cn.xiangzhi.devices.web;

import cn.xiangzhi.devices.application.Terminals;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.web.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The device endpoints of the ZKTeco PUSH (iclock) protocol, one set for every tenant (ADR 0016):
 * {@code /iclock/cdata} (handshake and uploads), {@code /iclock/fdata} (photos), {@code /iclock/getrequest}
 * (command polling), {@code /iclock/devicecmd} (command results), {@code /iclock/ping}. A plain servlet:
 * no JSF, no session, no sign-in — the serial number names the device and the registry its tenant.
 * Answers are {@code text/plain} with a {@code Date} header in GMT (devices set their clocks from it).
 * Bodies are capped by {@code RequestSizeLimit} (web.xml), which answers 413 before storing anything.
 */
@WebServlet(urlPatterns = "/iclock/*", loadOnStartup = 1)
public class IclockServlet extends HttpServlet {

    private static final Charset GB = Charset.forName("GB18030");

    @Inject
    Terminals terminals;

    @Inject
    BusinessClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String serial = request.getParameter("SN");
        String address = ClientAddress.of(request);
        Terminals.Answer answer = switch (endpoint(request)) {
            case "cdata" -> terminals.handshake(serial, request.getParameter("pushver"), request.getParameter("language"), address);
            case "getrequest" -> terminals.poll(serial, address);
            case "ping" -> terminals.ping(serial, address);
            default -> new Terminals.Answer(404, "no such iclock endpoint", false);
        };
        write(response, answer);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String serial = queryParameter(request, "SN");
        String address = ClientAddress.of(request);
        String endpoint = endpoint(request);
        if (!endpoint.equals("cdata") && !endpoint.equals("fdata") && !endpoint.equals("devicecmd") && !endpoint.equals("getrequest")
                && !endpoint.equals("ping")) {
            write(response, new Terminals.Answer(404, "no such iclock endpoint", false));
            return;
        }
        // the query string only: a form-encoded body is the records, which the servlet must not parse as parameters
        String table = queryParameter(request, "table");
        byte[] body = request.getInputStream().readAllBytes();
        Terminals.Answer answer = switch (endpoint) {
            case "fdata" -> terminals.photo(serial, body, address);
            case "devicecmd" -> terminals.results(serial, body, address);
            case "getrequest" -> terminals.poll(serial, address);
            case "ping" -> terminals.ping(serial, address);
            default -> "ATTPHOTO".equalsIgnoreCase(table) ? terminals.photo(serial, body, address)
                    : terminals.upload(serial, table == null ? formTable(body) : table, queryParameter(request, "Stamp"), body, address);
        };
        write(response, answer);
    }

    private static String endpoint(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A parameter of the query string (never of the body). */
    private static String queryParameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Firmware that posts {@code table=ATTLOG&Stamp=..&data=..} names the table only in the body. */
    private static String formTable(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 64), StandardCharsets.ISO_8859_1);
        if (head.startsWith("table=")) {
            int end = head.indexOf('&');
            return end < 0 ? head.substring(6) : head.substring(6, end);
        }
        return null;
    }

    private void write(HttpServletResponse response, Terminals.Answer answer) throws IOException {
        Charset charset = answer.chinese() ? GB : StandardCharsets.UTF_8;
        byte[] bytes = answer.text().getBytes(charset);
        response.setStatus(answer.status());
        response.setDateHeader("Date", clock.now().toEpochMilli());
        response.setContentType("text/plain;charset=" + (answer.chinese() ? "GB2312" : "UTF-8"));
        if (answer.status() == 429 || answer.status() == 503) {
            response.setHeader("Retry-After", "30");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
