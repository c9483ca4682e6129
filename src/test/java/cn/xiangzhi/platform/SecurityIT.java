package cn.xiangzhi.platform;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static cn.xiangzhi.testing.Fixtures.OPERATOR;
import static cn.xiangzhi.testing.Fixtures.OPERATOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in, its throttle, sessions, suspension, roles and the audit log, as users meet them. */
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
    void theSignInPageKeepsNoSessionSigningInStartsOneWithAFreshIdAndSigningOutEndsIt() {
        Http browser = session();
        Http.Reply page = browser.get("/t/" + code + "/login.xhtml");
        assertEquals("", sessionCookie(page), "an anonymous visitor gets no session (ADR 0013)");
        assertTrue(page.headers().getOrDefault("set-cookie", List.of()).stream().anyMatch(c -> c.startsWith("xz_csrf=")
                && c.contains("HttpOnly") && c.contains("SameSite=Strict")), "the form's CSRF token is a cookie: " + page.headers());

        Http.Reply login = browser.with("Cookie", "JSESSIONID=planted-by-attacker").login("/t/" + code + "/login.xhtml", "admin",
                ADMIN_PASSWORD);
        assertEquals(302, login.status());
        String session = sessionCookie(login);
        assertFalse(session.isEmpty(), "signing in starts the session");
        assertNotEquals("planted-by-attacker", session, "a session id chosen by someone else is never adopted");
        assertTrue(login.headers().get("set-cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")
                && c.contains("HttpOnly") && c.toLowerCase(Locale.ROOT).contains("samesite=lax")),
                "session cookie attributes: " + login.headers());
        assertEquals(200, browser.get("/t/" + code + "/index.xhtml").status());

        assertEquals(302, browser.postForm("/t/" + code + "/logout", Map.of()).status());
        Http.Reply after = browser.get("/t/" + code + "/index.xhtml");
        assertEquals(302, after.status());
        assertTrue(after.location().contains("/t/" + code + "/login.xhtml"), after.location());
    }

    @Test
    void aVisitorSentToSignInReturnsToThePageTheyAskedForAndNowhereElse() {
        String context = base.getPath().replaceAll("/$", "");
        String askedFor = context + "/t/" + code + "/households.xhtml?village=7";
        Http browser = session();
        Http.Reply asked = browser.get("/t/" + code + "/households.xhtml?village=7");
        assertEquals(302, asked.status());
        String next = URLEncoder.encode(askedFor, StandardCharsets.UTF_8);
        assertTrue(asked.location().endsWith("/t/" + code + "/login.xhtml?next=" + next), asked.location());
        Http.Reply page = browser.get("/t/" + code + "/login.xhtml?next=" + next);
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(csrf.find());
        assertTrue(page.body().contains("name=\"next\" value=\"" + askedFor + "\""), "the form carries next");
        Http.Reply back = browser.postForm("/t/" + code + "/login.xhtml", Map.of("username", "admin", "password", ADMIN_PASSWORD,
                "csrf", csrf.group(1), "next", askedFor));
        assertEquals(302, back.status());
        assertTrue(back.location().endsWith(askedFor), back.location());

        for (String elsewhere : List.of("https://evil.example/t/" + code + "/x.xhtml", "//evil.example/a.xhtml",
                context + "/t/other/index.xhtml", context + "/t/" + code + "/../../platform/tenants.xhtml")) {
            Http other = session();
            Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(other.get("/t/" + code + "/login.xhtml").body());
            assertTrue(token.find());
            Http.Reply signedIn = other.postForm("/t/" + code + "/login.xhtml", Map.of("username", "admin", "password", ADMIN_PASSWORD,
                    "csrf", token.group(1), "next", elsewhere));
            assertEquals(302, signedIn.status());
            assertTrue(signedIn.location().endsWith("/t/" + code + "/index.xhtml"), elsewhere + " -> " + signedIn.location());
        }
    }

    /** Every refusal reads the same whether the username exists or not: it never tells which phone numbers have accounts. */
    @Test
    void failedSignInsOfAnExistingAndAnUnknownUsernameLookTheSame() {
        createUser("13700000001", "AUDITOR", "auditor-pass-1");
        String from = "198.51.100." + (10 + SEQUENCE.incrementAndGet() % 200);
        Http browser = session().with("X-Forwarded-For", from);
        // time stands still: both usernames' failures are equally old at every attempt, on any database
        // (MariaDB 10 through the driver keeps whole seconds, which made one wait end a second before the other's)
        ServerClock.freeze(api, ServerClock.now(api));
        try {
            refusedAlike(browser, from);
        } finally {
            ServerClock.backToRealTime(api);
        }
    }

    private void refusedAlike(Http browser, String from) {
        for (int attempt = 1; attempt <= 7; attempt++) {
            Http.Reply known = browser.login("/t/" + code + "/login.xhtml", "13700000001", "wrong-password");
            Http.Reply unknown = browser.login("/t/" + code + "/login.xhtml", "13799999999", "wrong-password");
            assertEquals(known.status(), unknown.status(), "attempt " + attempt);
            assertSameRefusal(loginError(known), loginError(unknown), "attempt " + attempt);
            Http.Reply knownApi = api.call("GET", "/api/t/" + code + "/places", "13700000001", "wrong-password", null,
                    Map.of("X-Forwarded-For", from));
            Http.Reply unknownApi = api.call("GET", "/api/t/" + code + "/places", "13799999999", "wrong-password", null,
                    Map.of("X-Forwarded-For", from));
            assertEquals(knownApi.status(), unknownApi.status(), "API attempt " + attempt);
            assertEquals(knownApi.json().getString("error"), unknownApi.json().getString("error"), "API attempt " + attempt);
        }
        assertTrue(loginError(browser.login("/t/" + code + "/login.xhtml", "13799999999", "wrong-password")).contains("秒后再试"),
                "both are slowed down alike after repeated failures");
    }

    /**
     * Someone who knows the admin's username (a phone number) fails again and again from their
     * address: they are slowed down with growing waits, while the admin signs in at once from an
     * address they used before — there is no lock-out switch. The admin sees the attempts.
     */
    @Test
    void guessingSlowsDownTheGuesserButNeverLocksTheOwnerOut() {
        int n = SEQUENCE.incrementAndGet();
        String owner = "203.0.113." + (10 + n % 200);
        String attacker = "198.18.0." + (10 + n % 200);
        assertEquals(200, api.call("GET", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD, null, Map.of("X-Forwarded-For", owner))
                .status(), "the admin signs in from their office once: a known address from now on");
        for (int attempt = 1; attempt <= 25; attempt++) {
            Http.Reply guess = api.call("GET", "/api/t/" + code + "/places", "admin", "guess-" + attempt, null,
                    Map.of("X-Forwarded-For", attacker));
            if (guess.status() == 429) {
                break;
            }
            assertEquals(401, guess.status(), "guess " + attempt);
        }
        Http.Reply held = api.call("GET", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD, null, Map.of("X-Forwarded-For", attacker));
        assertEquals(429, held.status(), "from the guesser's address even the right password waits: " + held.body());
        assertEquals("error.signIn.wait", held.json().getString("error"));
        assertTrue(Integer.parseInt(held.headers().get("retry-after").get(0)) >= 1, held.headers().toString());

        Http.Reply ownerCall = api.call("GET", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD, null, Map.of("X-Forwarded-For", owner));
        assertEquals(200, ownerCall.status(), "the owner, from their known address, is not held back");
        Http ownerBrowser = session().with("X-Forwarded-For", owner);
        assertEquals(302, ownerBrowser.login("/t/" + code + "/login.xhtml", "admin", ADMIN_PASSWORD).status(), "and signs in on the page");
        Http.Reply newPlace = session().with("X-Forwarded-For", "192.0.2." + (10 + n % 200))
                .login("/t/" + code + "/login.xhtml", "admin", ADMIN_PASSWORD);
        assertEquals(302, newPlace.status(), "fewer than twenty failures spread over addresses hold back no one else");

        Http.Reply attempts = api.call("GET", "/api/t/" + code + "/sign-in-failures", "admin", ADMIN_PASSWORD, null,
                Map.of("X-Forwarded-For", owner));
        assertEquals(200, attempts.status(), attempts.body());
        JsonObject fromAttacker = attempts.array().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("address").equals(attacker)).findFirst().orElseThrow(() -> new AssertionError(attempts.body()));
        assertEquals("admin", fromAttacker.getString("username"));
        assertTrue(fromAttacker.getInt("count") >= 5 && fromAttacker.getInt("count") <= 25, fromAttacker.toString());
        createUser("looker", "AUDITOR", "looker-pass-1");
        assertEquals(403, api.call("GET", "/api/t/" + code + "/sign-in-failures", "looker", "looker-pass-1", null).status(),
                "only those who manage users see them");
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

    /**
     * An operator manages tenants and never reads a resident's data, by any way an operator has: the
     * operator's own credentials on every family of the tenant API (each path the resources declare
     * under t/{tenant}/, found in the classes, so a new context is covered without a new line here),
     * the operator's console session on that API and on every tenant page, and the console's own
     * pages. Every tenant tried holds a household and a resident whose names and phone must never
     * appear. Wrong credentials count against the sign-in throttle (20 per username and tenant from
     * unknown addresses): each request comes from an address of its own (10.22.0.x, kept apart
     * from the addresses other tests sign up and fail from) and the families are
     * spread over tenants of at most 15 tries each, so every answer is the 401 of a checked password,
     * never a 429 of the throttle.
     */
    @Test
    void operatorsManageTenantsButNeverSeeTheirResidentsData() throws Exception {
        List<String> secrets = residentsOf(code);
        assertEquals(200, api.call("GET", "/api/platform/tenants", OPERATOR, OPERATOR_PASSWORD, null).status());

        List<String> families = tenantApiFamilies();
        assertTrue(families.containsAll(List.of("households", "residents", "party-members", "points-lines", "redemptions", "audit",
                "users", "disputes", "service-requests", "bidders", "points-photos", "household-cards.pdf")), families.toString());
        int perTenant = 15;
        for (int from = 0; from < families.size(); from += perTenant) {
            String tenantCode = from == 0 ? code : Fixtures.openCounty(api, "secop").getString("code");
            List<String> tenantSecrets = from == 0 ? secrets : residentsOf(tenantCode);
            for (String family : families.subList(from, Math.min(families.size(), from + perTenant))) {
                Http.Reply refused = api.call("GET", "/api/t/" + tenantCode + "/" + family, OPERATOR, OPERATOR_PASSWORD, null,
                        Map.of("X-Forwarded-For", "10.22.0." + (1 + families.indexOf(family))));
                assertEquals(401, refused.status(), family + ": " + refused.body());
                assertEquals("error.signIn.required", refused.json().getString("error"), family);
                assertNoneIn(tenantSecrets, refused.body(), family);
            }
        }

        Http console = session();
        assertEquals(302, console.login("/login.xhtml", OPERATOR, OPERATOR_PASSWORD).status(), "the operator signs in to the console");
        for (String family : families) {
            Http.Reply refused = console.get("/api/t/" + code + "/" + family);
            assertEquals(401, refused.status(), "the console's session is no API credential: " + family);
            assertNoneIn(secrets, refused.body(), family);
        }
        for (String page : tenantPages()) {
            Http.Reply refused = console.get("/t/" + code + "/" + page);
            assertEquals(403, refused.status(), "the operator is no member of the tenant: " + page);
            assertNoneIn(secrets, refused.body(), page);
        }
        for (String page : pages("platform")) {
            Http.Reply shown = console.get("/platform/" + page);
            assertEquals(200, shown.status(), page);
            assertNoneIn(secrets, shown.body(), "console page " + page);
        }
        assertTrue(console.get("/platform/tenants.xhtml").body().contains("data-ri=\"0\""), "the console does list tenants");

        assertEquals(401, api.call("GET", "/api/t/" + code + "/places", OPERATOR, OPERATOR_PASSWORD, null,
                Map.of("X-Forwarded-For", "10.22.1.1")).status(),
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
        JsonObject change = Json.createReader(new StringReader(update.getString("changes"))).readObject().getJsonObject("name");
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

    /** A household and a resident in the tenant: the names and the phone no operator may read. */
    private List<String> residentsOf(String tenantCode) {
        long root = Fixtures.rootPlace(api, tenantCode).getJsonNumber("id").longValue();
        long village = Fixtures.addVillage(api, tenantCode, root, "隐私村");
        String unique = Integer.toString(SEQUENCE.incrementAndGet());
        String head = "欧阳秘" + unique;
        String member = "司马隐" + unique;
        String phone = "1391234" + String.format("%04d", SEQUENCE.incrementAndGet() % 10000);
        long household = Fixtures.created(api.call("POST", "/api/t/" + tenantCode + "/households", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("code", "S" + unique).add("villageId", village).add("headName", head).add("phone", phone)
                        .build().toString()));
        Fixtures.created(api.call("POST", "/api/t/" + tenantCode + "/residents", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("householdId", household).add("name", member).add("relation", "配偶").add("gender", "F")
                        .add("birthYear", 1970).build().toString()));
        return List.of(head, member, phone);
    }

    private static void assertNoneIn(List<String> secrets, String body, String where) {
        for (String secret : secrets) {
            assertFalse(body.contains(secret), where + " shows " + secret);
        }
    }

    /** The first path segment of every REST resource under t/{tenant}/, as declared on the resource classes. */
    private static List<String> tenantApiFamilies() throws IOException {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (var files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("/launcher/"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SecurityIT::load)
                    .map(c -> c.getAnnotation(jakarta.ws.rs.Path.class))
                    .filter(path -> path != null && path.value().startsWith("t/{tenant}/"))
                    .map(path -> path.value().substring("t/{tenant}/".length()).split("/")[0])
                    .distinct().sorted().toList();
        }
    }

    /** The signed-in pages of a tenant: those of tenant/ and its context folders (not public/), by their address name. */
    private static List<String> tenantPages() throws IOException {
        try (var files = Files.walk(java.nio.file.Path.of("src/main/webapp", "tenant"), 2)) {
            List<String> pages = files.filter(p -> !p.getParent().getFileName().toString().equals("public"))
                    .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xhtml") && !n.equals("login.xhtml"))
                    .sorted().toList();
            assertTrue(pages.size() > 25, "the tenant pages were found: " + pages);
            return pages;
        }
    }

    /** The pages of a folder of the web application (not its sub-folders), except the sign-in page. */
    private static List<String> pages(String folder) throws IOException {
        try (var files = Files.list(java.nio.file.Path.of("src/main/webapp", folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xhtml") && !n.equals("login.xhtml")).sorted().toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SecurityIT.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
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

    private static final AtomicInteger SEQUENCE =
            new AtomicInteger((int) (System.nanoTime() % 1000));

    /** The error shown on the sign-in page, or "" when none. */
    /**
     * The same words and, when the refusal names a wait, the same wait give or take the one second
     * that may pass between the two requests (on a loaded machine the second request's countdown can
     * cross a second boundary: "请 1 秒后再试" then "请 2 秒后再试" for the same throttle).
     */
    private static void assertSameRefusal(String first, String second, String message) {
        assertEquals(first.replaceAll("\\d+", "N"), second.replaceAll("\\d+", "N"), message);
        Matcher a = Pattern.compile("\\d+").matcher(first);
        Matcher b = Pattern.compile("\\d+").matcher(second);
        while (a.find() && b.find()) {
            assertTrue(Math.abs(Long.parseLong(a.group()) - Long.parseLong(b.group())) <= 1, message + ": " + first + " / " + second);
        }
    }

    private static String loginError(Http.Reply reply) {
        Matcher error = Pattern.compile("id=\"login-error\"[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(reply.body());
        return error.find() ? error.group(1) : "";
    }

    private static String sessionCookie(Http.Reply reply) {
        return reply.headers().getOrDefault("set-cookie", List.of()).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(11, c.indexOf(';'))).findFirst().orElse("");
    }
}
