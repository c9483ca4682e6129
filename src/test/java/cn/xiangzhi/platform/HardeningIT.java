package cn.xiangzhi.platform;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.Metrics;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static cn.xiangzhi.testing.Fixtures.OPERATOR;
import static cn.xiangzhi.testing.Fixtures.OPERATOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a hostile or unlucky request meets (issue 24): bodies larger than their endpoint takes are
 * refused before they are read, bad input gets the JSON error naming the field, pages a role may
 * not open are a 403 page, anonymous visitors cost no HTTP session, every answer carries its
 * security headers, and the server's insides are for the operator only.
 */
class HardeningIT extends ApplicationIT {

    Http api;
    String code;
    long village;

    @BeforeEach
    void aTenantWithAVillage() {
        api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "hard", "东关村");
        code = county.code();
        village = county.villages()[0];
    }

    @Test
    void aBodyOverItsEndpointsLimitIsRefusedWith413BeforeItIsRead() {
        String signUp = api.raw("POST", "/api/signup", "Content-Type: application/json\r\nContent-Length: 300000000", null);
        assertTrue(signUp.startsWith("HTTP/1.1 413"), signUp);
        assertTrue(signUp.contains("error.body.tooLarge"), signUp);

        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String importing = api.raw("POST", "/api/t/" + code + "/imports/organisation", "Authorization: Basic " + basic
                + "\r\nContent-Type: text/csv\r\nContent-Length: 300000000", null);
        assertTrue(importing.startsWith("HTTP/1.1 413"), "an import takes at most 50 MB: " + importing);

        String document = "{\"name\":\"" + "x".repeat(40_000) + "\"}";
        StringBuilder chunks = new StringBuilder();
        for (int at = 0; at < document.length(); at += 4000) {
            String chunk = document.substring(at, Math.min(document.length(), at + 4000));
            chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        chunks.append("0\r\n\r\n");
        String chunked = api.raw("POST", "/api/signup", "Content-Type: application/json\r\nTransfer-Encoding: chunked",
                chunks.toString().getBytes(StandardCharsets.US_ASCII));
        assertTrue(chunked.startsWith("HTTP/1.1 413"), "a body without a length is cut off at the limit (16 KiB): " + chunked);

        String page = api.raw("POST", "/t/" + code + "/login.xhtml", "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 300000000", null);
        assertTrue(page.startsWith("HTTP/1.1 413"), page);
        assertEquals(200, api.root().get("/health/ready").status(), "and the server is fine");
    }

    @Test
    void badInputIsA400InTheApisJsonNamingTheFieldAndNothingIsStored() {
        Http.Reply malformed = admin("POST", "/places", "{\"name\": \"x\",");
        assertEquals(400, malformed.status(), malformed.body());
        assertEquals("error.body.malformed", malformed.json().getString("error"));

        Http.Reply wrongType = admin("POST", "/places", "{\"name\":\"x\",\"parentId\":\"abc\"}");
        assertEquals(400, wrongType.status(), wrongType.body());
        assertEquals("error.field.invalid", wrongType.json().getString("error"));
        assertEquals("parentId", wrongType.json().getJsonArray("args").getString(0));

        assertError(admin("GET", "/households?first=-1", null), 400, "error.paging.first");
        assertError(admin("GET", "/households?max=-5", null), 400, "error.paging.max");
        assertError(admin("GET", "/audit?max=0", null), 400, "error.paging.max");
        Http.Reply notANumber = admin("GET", "/households?first=abc", null);
        assertError(notANumber, 400, "error.param.invalid");
        assertEquals("first", notANumber.json().getJsonArray("args").getString(0));

        long household = Fixtures.created(admin("POST", "/households", Json.createObjectBuilder().add("villageId", village)
                .add("code", "HD" + System.nanoTime() % 100000).add("headName", "赵大山").build().toString()));
        Http.Reply tooLong = admin("POST", "/residents", Json.createObjectBuilder().add("householdId", household).add("name", "赵一")
                .add("relation", "关系".repeat(200)).build().toString());
        assertEquals(400, tooLong.status(), "not a misleading 409: " + tooLong.body());
        assertEquals("error.field.tooLong", tooLong.json().getString("error"));
        assertEquals("relation", tooLong.json().getJsonArray("args").getString(0));
        assertEquals("[]", admin("GET", "/residents?household=" + household, null).body(), "nothing half-written");

        assertError(admin("GET", "/no-such-resource", null), 404, "error.http.404");
        assertError(api.call("PATCH", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD, "{}"), 405, "error.http.405");
    }

    @Test
    void aPageTheRoleMayNotOpenIsA403PageAndTheKiosksPageOpensForTheAdmin() {
        assertEquals(201, admin("POST", "/users", Json.createObjectBuilder().add("username", "chief").add("displayName", "网格长")
                .add("role", "GRID_CHIEF").add("scopePlaceId", village).add("password", "chief-pass-1").build().toString()).status());
        Http chief = session();
        assertEquals(302, chief.login("/t/" + code + "/login.xhtml", "chief", "chief-pass-1").status());
        for (String page : List.of("users.xhtml", "audit.xhtml", "kiosks.xhtml")) {
            Http.Reply refused = chief.get("/t/" + code + "/" + page);
            assertEquals(403, refused.status(), page + ": " + refused.body());
            assertTrue(refused.body().contains("无权访问"), page);
        }
        Http admin = session();
        assertEquals(302, admin.login("/t/" + code + "/login.xhtml", "admin", ADMIN_PASSWORD).status());
        Http.Reply kiosks = admin.get("/t/" + code + "/kiosks.xhtml");
        assertEquals(200, kiosks.status(), "the README's Kiosks page: " + kiosks.body());
        assertTrue(kiosks.body().contains("id=\"kiosks\""));
    }

    /**
     * Anonymous pages keep nothing on the server (ADR 0013): a crawler fetching them creates no
     * HTTP session, so it cannot fill the heap (it did, at about 7 KB a page).
     */
    @Test
    void anonymousVisitorsCreateNoSessionWhicheverPublicPageTheyOpenOrPost() {
        String secret = admin("POST", "/kiosk-tokens", "{\"villageId\":" + village + ",\"label\":\"东关村\"}").json().getString("secret");
        List<String> pages = List.of("/", "/index.xhtml", "/login.xhtml", "/signup.xhtml", "/t/" + code + "/login.xhtml",
                "/t/" + code + "/public/points.xhtml?village=" + village, "/t/" + code + "/public/decisions.xhtml?village=" + village,
                "/t/" + code + "/public/biddings.xhtml?village=" + village, "/t/" + code + "/public/centres.xhtml?village=" + village,
                "/t/" + code + "/kiosk/" + village, "/t/" + code + "/households.xhtml", "/platform/tenants.xhtml",
                "/t/" + code + "/kiosk/" + village + "?token=" + secret);
        long before = status().getJsonNumber("sessionsCreated").longValue();
        for (int round = 0; round < 20; round++) {
            for (String page : pages) {
                Http.Reply reply = session().get(page);
                assertTrue(reply.status() < 500, page + " " + reply.status());
                assertTrue(reply.headers().getOrDefault("set-cookie", List.of()).stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
                        page + " started a session");
            }
            Http.Reply objection = session().postForm("/t/" + code + "/public/points.xhtml",
                    Map.of("village", Long.toString(village), "code", "H1", "head", "某某", "step", "identify"));
            assertTrue(objection.status() < 500, objection.body());
            assertTrue(objection.headers().getOrDefault("set-cookie", List.of()).stream().noneMatch(c -> c.startsWith("JSESSIONID=")));
            Http.Reply signUpPost = session().postForm("/signup.xhtml", Map.of("signup", "signup", "signup:name", "x"));
            assertTrue(signUpPost.headers().getOrDefault("set-cookie", List.of()).stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
                    "a refused sign-up form posted whole starts no session either");
        }
        long after = status().getJsonNumber("sessionsCreated").longValue();
        assertEquals(before, after, "sessions created on the server by " + (pages.size() + 2) * 20 + " anonymous requests");
    }

    @Test
    void everyAnswerCarriesItsSecurityHeaders() {
        Http.Reply page = session().get("/t/" + code + "/login.xhtml");
        String csp = page.headers().get("content-security-policy").get(0);
        assertTrue(csp.contains("script-src 'self' 'nonce-") && csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline';") && csp.matches(".*script-src[^;]*unsafe-inline.*"), "no inline scripts: " + csp);
        assertEquals("nosniff", page.headers().get("x-content-type-options").get(0));
        assertEquals("no-store", page.headers().get("cache-control").get(0));

        Http.Reply rest = admin("GET", "/places", null);
        assertEquals("nosniff", rest.headers().get("x-content-type-options").get(0));
        assertEquals("no-store", rest.headers().get("cache-control").get(0));
        assertTrue(rest.headers().get("content-security-policy").get(0).startsWith("default-src 'none'"));

        Http.Reply css = session().get("/jakarta.faces.resource/app.css.xhtml?ln=xiangzhi");
        assertEquals(200, css.status());
        assertFalse(css.headers().getOrDefault("cache-control", List.of("")).get(0).contains("no-store"), "static resources are cacheable");
        assertEquals("nosniff", css.headers().get("x-content-type-options").get(0));
    }

    @Test
    void metricsAreForTheOperatorOnlyAndHealthSaysUpOrDownAndNothingMore() {
        Http.Reply metrics = api.root().get("/metrics");
        assertTrue(metrics.status() == 403 || metrics.status() == 404, "no public metrics: " + metrics.status());
        assertFalse(metrics.body().contains("# TYPE"), metrics.body());
        Http.Reply ready = api.root().get("/health/ready");
        assertEquals(200, ready.status());
        assertFalse(ready.body().contains("error") || ready.body().toLowerCase().contains("jdbc"), ready.body());
        assertEquals(401, api.call("GET", "/api/platform/status", null, null, null).status());
        assertEquals(401, api.call("GET", "/api/platform/status", "admin", ADMIN_PASSWORD, null).status(), "a tenant admin is no operator");
        JsonObject status = status();
        assertTrue(status.getJsonNumber("heapUsedBytes").longValue() > 0, status.toString());
    }

    @Test
    void theApplicationsCountersAreForTheOperatorAndCountFailedSignInsByReason() {
        assertEquals(401, api.call("GET", "/api/platform/metrics", null, null, null).status());
        assertEquals(401, api.call("GET", "/api/platform/metrics", "admin", ADMIN_PASSWORD, null).status(), "a tenant admin is no operator");
        String badPassword = "xiangzhi_sign_in_failures_total{reason=\"bad_credentials\"}";
        long before = Metrics.value(api, badPassword);
        assertEquals(401, api.call("GET", "/api/t/" + code + "/households", "admin", "not-the-password", null).status());
        assertEquals(before + 1, Metrics.value(api, badPassword), "one failed sign-in more");

        String text = Metrics.text(api);
        assertTrue(text.contains("# TYPE xiangzhi_sign_in_failures_total counter\n"), text);
        assertTrue(text.contains("# HELP xiangzhi_sign_in_failures_total Sign-ins refused"), text);
    }

    @Test
    void theClusterStatusIsForTheOperatorOnlyAndNamesTheDatabaseItWritesTo() {
        assertEquals(401, api.call("GET", "/api/platform/cluster", null, null, null).status());
        assertEquals(401, api.call("GET", "/api/platform/cluster", "admin", ADMIN_PASSWORD, null).status(), "a tenant admin is no operator");
        Http.Reply reply = api.call("GET", "/api/platform/cluster", OPERATOR, OPERATOR_PASSWORD, null);
        assertEquals(200, reply.status(), reply.body());
        String url = System.getProperty("it.jdbc.url");
        String port = url.replaceFirst("^jdbc:mysql://[^:/]+:(\\d+)/.*$", "$1");
        assertTrue(reply.json().getJsonObject("database").getString("writer").endsWith(":" + port), reply.body());
        assertTrue(reply.json().getJsonObject("figures").getJsonNumber("redemptions").longValue() >= 0, reply.body());

        Http console = session();
        assertEquals(302, console.login("/login.xhtml", OPERATOR, OPERATOR_PASSWORD).status());
        Http.Reply page = console.get("/platform/cluster.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.body().contains(":" + port), "the page names the writer");
        assertEquals(302, session().get("/platform/cluster.xhtml").status(), "signed out: to the sign-in page");
    }

    private JsonObject status() {
        Http.Reply reply = api.call("GET", "/api/platform/status", OPERATOR, OPERATOR_PASSWORD, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private Http.Reply admin(String method, String path, String json) {
        return api.call(method, "/api/t/" + code + path, "admin", ADMIN_PASSWORD, json);
    }

    private static void assertError(Http.Reply reply, int status, String key) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(key, reply.json().getString("error"), reply.body());
    }
}
