package cn.xiangzhi.platform;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static cn.xiangzhi.testing.Fixtures.OPERATOR;
import static cn.xiangzhi.testing.Fixtures.OPERATOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in, lockout, sessions, suspension, roles and the audit log, as users meet them. */
class SecurityIT extends ApplicationIT {

    Http api;
    JsonObject tenant;
    String code;

    @BeforeEach
    void openTenant() {
        api = api();
        tenant = Fixtures.openCounty(api, "sec");
        code = tenant.getString("code");
    }

    @Test
    void signingInGivesTheSessionANewIdAndSigningOutEndsIt() {
        Http browser = session();
        Http.Reply page = browser.get("/t/" + code + "/login.xhtml");
        String before = sessionCookie(page);
        assertFalse(before.isEmpty(), "the login page starts a session for its CSRF token");

        Http.Reply login = browser.login("/t/" + code + "/login.xhtml", "admin", ADMIN_PASSWORD);
        assertEquals(302, login.status());
        assertNotEquals(before, sessionCookie(login), "session id must change at sign-in");
        assertEquals(200, browser.get("/t/" + code + "/index.xhtml").status());

        assertEquals(302, browser.postForm("/t/" + code + "/logout", Map.of()).status());
        Http.Reply after = browser.get("/t/" + code + "/index.xhtml");
        assertEquals(302, after.status());
        assertTrue(after.location().endsWith("/t/" + code + "/login.xhtml"), after.location());
    }

    @Test
    void aLoginWithoutTheFormsCsrfTokenIsRefused() {
        Http browser = session();
        browser.get("/t/" + code + "/login.xhtml");
        Http.Reply forged = browser.postForm("/t/" + code + "/login.xhtml",
                Map.of("username", "admin", "password", ADMIN_PASSWORD, "csrf", "forged"));
        assertEquals(200, forged.status(), "stays on the login page");
        assertTrue(forged.body().contains("id=\"login-error\""));
        assertEquals(302, browser.get("/t/" + code + "/index.xhtml").status(), "not signed in");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheAdminResetsIt() {
        long auditor = createUser("locked-auditor", "AUDITOR", "auditor-pass-1");
        Http browser = session();
        for (int attempt = 1; attempt <= 5; attempt++) {
            Http.Reply wrong = browser.login("/t/" + code + "/login.xhtml", "locked-auditor", "wrong-password");
            assertEquals(200, wrong.status());
            assertTrue(wrong.body().contains("id=\"login-error\""), "attempt " + attempt + " shows an error");
        }
        Http.Reply locked = browser.login("/t/" + code + "/login.xhtml", "locked-auditor", "auditor-pass-1");
        assertEquals(200, locked.status(), "the right password is refused while locked");
        assertTrue(locked.body().contains("锁定"), "the page says the account is locked");
        assertEquals(401, api.call("GET", "/api/t/" + code + "/audit", "locked-auditor", "auditor-pass-1", null).status(),
                "the API is locked too");

        Http.Reply reset = api.call("POST", "/api/t/" + code + "/users/" + auditor + "/password", "admin", ADMIN_PASSWORD,
                "{\"password\":\"auditor-pass-2\"}");
        assertEquals(204, reset.status(), reset.body());
        assertEquals(302, browser.login("/t/" + code + "/login.xhtml", "locked-auditor", "auditor-pass-2").status());
    }

    /** API sign-ins are remembered for seconds (SignIns); every change of the account ends that at once. */
    @Test
    void aChangedAccountIsHeldToItsChangeOnTheNextApiRequest() {
        long user = createUser("remembered", "AUDITOR", "remembered-pass-1");
        long root = Fixtures.rootPlace(api, code).getJsonNumber("id").longValue();
        String audit = "/api/t/" + code + "/audit?max=1";
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.call("GET", audit, "remembered", "remembered-pass-1", null).status(), "request " + i);
        }
        String asReviewer = "{\"displayName\":\"r\",\"role\":\"TOWNSHIP_REVIEWER\",\"scopePlaceId\":" + root + "}";
        assertEquals(200, api.call("PUT", "/api/t/" + code + "/users/" + user, "admin", ADMIN_PASSWORD, asReviewer).status());
        assertEquals(403, api.call("GET", audit, "remembered", "remembered-pass-1", null).status(), "the new role, at once");

        String disabled = "{\"displayName\":\"r\",\"role\":\"AUDITOR\",\"scopePlaceId\":" + root + ",\"enabled\":false}";
        assertEquals(200, api.call("PUT", "/api/t/" + code + "/users/" + user, "admin", ADMIN_PASSWORD, disabled).status());
        assertEquals(401, api.call("GET", audit, "remembered", "remembered-pass-1", null).status(), "disabled, at once");

        String enabled = "{\"displayName\":\"r\",\"role\":\"AUDITOR\",\"scopePlaceId\":" + root + ",\"enabled\":true}";
        assertEquals(200, api.call("PUT", "/api/t/" + code + "/users/" + user, "admin", ADMIN_PASSWORD, enabled).status());
        assertEquals(200, api.call("GET", audit, "remembered", "remembered-pass-1", null).status());
        assertEquals(204, api.call("POST", "/api/t/" + code + "/users/" + user + "/password", "admin", ADMIN_PASSWORD,
                "{\"password\":\"remembered-pass-2\"}").status());
        assertEquals(401, api.call("GET", audit, "remembered", "remembered-pass-1", null).status(), "the old password, at once");
        assertEquals(200, api.call("GET", audit, "remembered", "remembered-pass-2", null).status());

        assertEquals(204, api.call("DELETE", "/api/t/" + code + "/users/" + user, "admin", ADMIN_PASSWORD, null).status());
        assertEquals(401, api.call("GET", audit, "remembered", "remembered-pass-2", null).status(), "removed, at once");
    }

    @Test
    void aSuspendedTenantsUsersAreRefusedWithAMessageAndItsDataIsKeptForResumption() {
        long id = tenant.getJsonNumber("id").longValue();
        Http browser = session();
        assertEquals(302, browser.login("/t/" + code + "/login.xhtml", "admin", ADMIN_PASSWORD).status());

        assertEquals(200, api.call("POST", "/api/platform/tenants/" + id + "/suspend", OPERATOR, OPERATOR_PASSWORD,
                "{\"reason\":\"欠费\"}").status());
        Http.Reply refused = browser.get("/t/" + code + "/index.xhtml");
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("已暂停使用"), refused.body());
        Http.Reply refusedCall = api.call("GET", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD, null);
        assertEquals(403, refusedCall.status());
        assertEquals("error.tenant.suspended", refusedCall.json().getString("error"), "an API client reads why, in JSON");
        assertEquals(tenant.getString("name"), refusedCall.json().getJsonArray("args").getString(0));

        assertEquals(200, api.call("POST", "/api/platform/tenants/" + id + "/resume", OPERATOR, OPERATOR_PASSWORD, null).status());
        Http.Reply places = api.call("GET", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD, null);
        assertEquals(200, places.status());
        assertEquals(tenant.getString("name"), places.array().getJsonObject(0).getString("name"), "data kept");
        assertEquals(200, browser.get("/t/" + code + "/index.xhtml").status(), "the session works again");
    }

    @Test
    void anApiCallToAnUnknownTenantIsA404ThatSaysSoAndNoAnswerSetsACookie() {
        Http.Reply unknown = api.call("GET", "/api/t/" + code + "-none/places", "admin", ADMIN_PASSWORD, null);
        assertEquals(404, unknown.status());
        assertEquals("error.tenant.unknown", unknown.json().getString("error"), unknown.body());
        assertEquals(code + "-none", unknown.json().getJsonArray("args").getString(0));
        assertEquals(404, session().get("/t/" + code + "-none/index.xhtml").status(), "pages: the 404 page");

        Http.Reply signedIn = api.call("GET", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD, null);
        assertEquals(200, signedIn.status());
        assertEquals(List.of(), signedIn.headers().getOrDefault("set-cookie", List.of()),
                "a REST answer starts no session and clears no remember-me cookie");
    }

    @Test
    void operatorsManageTenantsButNeverSeeTheirResidentsData() {
        assertEquals(200, api.call("GET", "/api/platform/tenants", OPERATOR, OPERATOR_PASSWORD, null).status());
        assertEquals(401, api.call("GET", "/api/t/" + code + "/places", OPERATOR, OPERATOR_PASSWORD, null).status(),
                "an operator is no user of the tenant");
        assertEquals(401, api.call("GET", "/api/platform/tenants", "admin", ADMIN_PASSWORD, null).status(),
                "a tenant admin is no operator");
        Http.Reply duplicate = api.call("POST", "/api/platform/tenants", OPERATOR, OPERATOR_PASSWORD,
                Json.createObjectBuilder().add("code", code).add("name", "重复").add("kind", "COUNTY")
                        .add("divisionCode", Fixtures.PINGYIN).add("adminUsername", "admin").add("adminName", "x")
                        .add("adminPassword", ADMIN_PASSWORD).build().toString());
        assertEquals(409, duplicate.status());
        assertEquals("error.tenant.codeTaken", duplicate.json().getString("error"));
        Http.Reply badCode = api.call("POST", "/api/platform/tenants", OPERATOR, OPERATOR_PASSWORD,
                "{\"code\":\"Bad Code!\",\"name\":\"x\",\"kind\":\"COUNTY\",\"divisionCode\":\"370124\"}");
        assertEquals(400, badCode.status());
        assertEquals("error.tenant.code", badCode.json().getString("error"));
    }

    @Test
    void theAuditorFindsEveryChangeWithOldAndNewValuesAndOthersMayNotSearch() {
        JsonObject root = Fixtures.rootPlace(api, code);
        long rootId = root.getJsonNumber("id").longValue();
        createUser("auditor1", "AUDITOR", "auditor-pass-1");
        Http.Reply renamed = api.call("PUT", "/api/t/" + code + "/places/" + rootId, "admin", ADMIN_PASSWORD,
                "{\"name\":\"平阴县（新）\"}");
        assertEquals(200, renamed.status(), renamed.body());

        Http.Reply found = api.call("GET", "/api/t/" + code + "/audit?type=Place&text=" + rootId, "auditor1", "auditor-pass-1", null);
        assertEquals(200, found.status(), found.body());
        JsonObject update = found.array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("UPDATE")).findFirst().orElseThrow();
        assertEquals(code + "/admin", update.getString("actor"));
        JsonObject change = Json.createReader(new java.io.StringReader(update.getString("changes"))).readObject().getJsonObject("name");
        assertEquals(root.getString("name"), change.getString("old"));
        assertEquals("平阴县（新）", change.getString("new"));

        Http.Reply refusedChange = api.call("POST", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD,
                "{\"parentId\":" + rootId + ",\"level\":\"TOWNSHIP\",\"name\":\"错镇\",\"divisionCode\":\"110101001000\"}");
        assertEquals(400, refusedChange.status());
        List<JsonObject> entries = api.call("GET", "/api/t/" + code + "/audit?text=110101001000", "auditor1", "auditor-pass-1", null)
                .array().getValuesAs(JsonObject.class);
        assertTrue(entries.isEmpty(), "a refused change writes neither data nor audit: " + entries);

        createUser("village1", "GRID_CHIEF", "village-pass-1");
        assertEquals(403, api.call("GET", "/api/t/" + code + "/audit", "village1", "village-pass-1", null).status());
    }

    private long createUser(String username, String role, String password) {
        long rootId = Fixtures.rootPlace(api, code).getJsonNumber("id").longValue();
        long scope = rootId;
        if (role.equals("GRID_CHIEF") || role.equals("VILLAGE_ADMIN")) {
            scope = Fixtures.addVillage(api, code, rootId, "测试村");
        }
        Http.Reply reply = api.call("POST", "/api/t/" + code + "/users", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("username", username).add("displayName", username).add("role", role)
                        .add("scopePlaceId", scope).add("password", password).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String sessionCookie(Http.Reply reply) {
        return reply.headers().getOrDefault("set-cookie", List.of()).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(11, c.indexOf(';'))).findFirst().orElse("");
    }
}
