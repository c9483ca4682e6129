package cn.xiangzhi.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens test tenants through the operator's REST API, with a county code unique to this run, so
 * tests never depend on each other's data or on a clean database.
 */
public final class Fixtures {

    public static final String OPERATOR = "operator";
    public static final String OPERATOR_PASSWORD = "operator-it-secret";
    public static final String ADMIN_PASSWORD = "admin-secret-1";
    /** Pingyin county, Jinan (seed 000). Division codes are unique per tenant, not across tenants. */
    public static final String PINGYIN = "370124000000";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private Fixtures() {
    }

    /** A county tenant with its admin {@code admin}; returns the created tenant as JSON. */
    public static JsonObject openCounty(Http api, String label) {
        int n = SEQUENCE.incrementAndGet();
        String code = label + "-" + RUN + "-" + n;
        String body = Json.createObjectBuilder()
                .add("code", code).add("name", label + "县" + n).add("kind", "COUNTY")
                .add("divisionCode", PINGYIN)
                .add("adminUsername", "admin").add("adminName", "管理员" + n).add("adminPassword", ADMIN_PASSWORD)
                .build().toString();
        Http.Reply reply = api.call("POST", "/api/platform/tenants", OPERATOR, OPERATOR_PASSWORD, body);
        if (reply.status() != 201) {
            throw new AssertionError("could not open tenant " + code + ": " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }

    public static JsonObject rootPlace(Http api, String tenant) {
        Http.Reply reply = api.call("GET", "/api/t/" + tenant + "/places", "admin", ADMIN_PASSWORD, null);
        if (!reply.ok()) {
            throw new AssertionError(reply.status() + " " + reply.body());
        }
        return reply.array().getJsonObject(0);
    }

    public static String divisionOf(JsonObject tenant) {
        return tenant.getString("divisionCode");
    }
}
