package cn.xiangzhi.devices;

import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Terminals for tests: a serial unique to the run, claimed through REST by a tenant's admin for a village. */
public final class DeviceFixture {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000, 36).toUpperCase();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private DeviceFixture() {
    }

    /** A serial number no other test of this run (nor, almost surely, of an earlier run kept in the database) uses. */
    public static String serial(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A claimed terminal and its registry id. */
    public record Claimed(TerminalSimulator terminal, long id) {
    }

    /** A terminal in {@code language} claimed by {@code admin}/{@code password} of {@code tenant} for {@code village}, in {@code zone} (null: the tenant's). */
    public static Claimed claimed(Http api, URI base, String tenant, String admin, String password, long village, String language, String zone) {
        String serial = serial("T");
        TerminalSimulator terminal = new TerminalSimulator(base, serial, language);
        var body = Json.createObjectBuilder().add("serialNumber", serial).add("villageId", village).add("label", "村部考勤机");
        if (zone != null) {
            body.add("timeZone", zone);
        }
        Http.Reply reply = api.call("POST", "/api/t/" + tenant + "/devices", admin, password, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        JsonObject device = reply.json();
        assertEquals(200, terminal.handshake().status(), "the claimed terminal's handshake");
        return new Claimed(terminal, device.getJsonNumber("id").longValue());
    }
}
