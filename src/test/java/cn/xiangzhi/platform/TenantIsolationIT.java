package cn.xiangzhi.platform;

import cn.xiangzhi.organisation.domain.Grid;
import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.organisation.domain.PartyBranch;
import cn.xiangzhi.organisation.domain.PartyMember;
import cn.xiangzhi.organisation.domain.Resident;
import cn.xiangzhi.platform.domain.AuditEntry;
import cn.xiangzhi.platform.domain.KioskToken;
import cn.xiangzhi.points.domain.CatalogueItem;
import cn.xiangzhi.points.domain.HouseholdCard;
import cn.xiangzhi.points.domain.LedgerLine;
import cn.xiangzhi.points.domain.Objection;
import cn.xiangzhi.points.domain.PublishedMonth;
import cn.xiangzhi.points.domain.RankingAward;
import cn.xiangzhi.points.domain.PointsRules;
import cn.xiangzhi.points.domain.HouseholdRestriction;
import cn.xiangzhi.points.domain.Proposal;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.UserAccount;
import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.BiFunction;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data written as tenant A cannot be listed, read, changed or deleted as tenant B — through REST
 * and pages, including by guessing ids. Every tenant-owned table is one line in {@link #TABLES};
 * {@code IsolationCoverageTest} fails when an entity is missing here.
 */
class TenantIsolationIT extends ApplicationIT {

    /** How to make one row of a tenant-owned table through REST, and where REST serves it. */
    record TenantOwnedTable(Class<?> entity, String resource, BiFunction<Http, String, Long> createIn, String update) {
    }

    static final List<TenantOwnedTable> TABLES = List.of(
            new TenantOwnedTable(Place.class, "places", TenantIsolationIT::createPlace, "{\"name\":\"改名\"}"),
            new TenantOwnedTable(UserAccount.class, "users", TenantIsolationIT::createUser,
                    "{\"displayName\":\"改名\",\"role\":\"AUDITOR\",\"scopePlaceId\":1}"),
            new TenantOwnedTable(AuditEntry.class, "audit", TenantIsolationIT::latestAuditEntry, "{}"),
            new TenantOwnedTable(KioskToken.class, "kiosk-tokens", TenantIsolationIT::issueKioskToken, "{\"label\":\"改\"}"),
            new TenantOwnedTable(Grid.class, "grids", TenantIsolationIT::createGrid, "{\"name\":\"改\"}"),
            new TenantOwnedTable(Household.class, "households", TenantIsolationIT::createHousehold,
                    "{\"villageId\":1,\"headName\":\"改\"}"),
            new TenantOwnedTable(Resident.class, "residents", TenantIsolationIT::createResident,
                    "{\"householdId\":1,\"name\":\"改\"}"),
            new TenantOwnedTable(PartyBranch.class, "party-branches", TenantIsolationIT::createBranch, "{\"name\":\"改\"}"),
            new TenantOwnedTable(PartyMember.class, "party-members", TenantIsolationIT::createMember,
                    "{\"branchId\":1,\"name\":\"改\"}"),
            new TenantOwnedTable(CatalogueItem.class, "points-items", TenantIsolationIT::createItem,
                    "{\"name\":\"改\",\"kind\":\"CREDIT\",\"points\":1,\"proposers\":[\"GRID_CHIEF\"]}"),
            new TenantOwnedTable(Proposal.class, "points-proposals", TenantIsolationIT::createProposal, "{}"),
            new TenantOwnedTable(LedgerLine.class, "points-lines", TenantIsolationIT::createLine, "{}"),
            new TenantOwnedTable(PublishedMonth.class, "points-months", TenantIsolationIT::closeMonth, "{}"),
            new TenantOwnedTable(cn.xiangzhi.points.domain.HouseholdMonthTotal.class, "points-month-totals",
                    TenantIsolationIT::monthTotal, "{}"),
            new TenantOwnedTable(Objection.class, "points-objections", TenantIsolationIT::createObjection, "{}"),
            new TenantOwnedTable(RankingAward.class, "points-scores/ranking/award", TenantIsolationIT::createAward, "{}"),
            new TenantOwnedTable(cn.xiangzhi.points.domain.EvidencePhoto.class, "points-photos", TenantIsolationIT::uploadPhoto, "{}"),
            new TenantOwnedTable(PointsRules.class, "points-rules", TenantIsolationIT::saveRules, "{}"),
            new TenantOwnedTable(cn.xiangzhi.points.domain.ExpiryRun.class, "points-expiry-runs", TenantIsolationIT::runExpiry, "{}"),
            new TenantOwnedTable(HouseholdRestriction.class, "household-restrictions", TenantIsolationIT::placeRestriction, "{}"),
            new TenantOwnedTable(cn.xiangzhi.points.domain.Honour.class, "points-honours", TenantIsolationIT::awardHonour, "{}"),
            new TenantOwnedTable(HouseholdCard.class, "household-cards", TenantIsolationIT::issueCard, "{}"),
            new TenantOwnedTable(cn.xiangzhi.shops.domain.Shop.class, "shops", TenantIsolationIT::createShop,
                    "{\"name\":\"改\",\"kind\":\"PARTNER\"}"),
            new TenantOwnedTable(cn.xiangzhi.shops.domain.ShopVillage.class, "shop-villages", TenantIsolationIT::serveVillage, "{}"),
            new TenantOwnedTable(cn.xiangzhi.shops.domain.ShopClerk.class, "shop-clerks", TenantIsolationIT::assignClerk, "{}"),
            new TenantOwnedTable(cn.xiangzhi.shops.domain.ShopGoods.class, "shop-goods", TenantIsolationIT::createGoods,
                    "{\"name\":\"改\",\"pricePoints\":1}"),
            new TenantOwnedTable(cn.xiangzhi.shops.domain.Redemption.class, "redemptions", TenantIsolationIT::redeem, "{}"),
            new TenantOwnedTable(cn.xiangzhi.shops.domain.RedemptionItem.class, "redemption-items", TenantIsolationIT::redeemedItem, "{}"),
            new TenantOwnedTable(cn.xiangzhi.shops.domain.ShopRules.class, "shop-rules", TenantIsolationIT::saveShopRules,
                    "{\"returnDays\":1,\"yuanPerPoint\":1}"),
            new TenantOwnedTable(cn.xiangzhi.shops.domain.ShopStatement.class, "shop-statements", TenantIsolationIT::issueStatement, "{}"),
            new TenantOwnedTable(cn.xiangzhi.shops.domain.StatementLine.class, "shop-statement-lines",
                    TenantIsolationIT::statementLine, "{}"),
            new TenantOwnedTable(cn.xiangzhi.decisions.domain.DecisionProcedure.class, "decision-procedures",
                    (api, t) -> decisions(api, t).procedure("5Y1B2G"), "{}"),
            new TenantOwnedTable(cn.xiangzhi.decisions.domain.ProcedureStep.class, "decision-procedure-steps",
                    (api, t) -> api.call("GET", "/api/t/" + t + "/decision-procedure-steps?procedure=" + decisions(api, t).procedure("4Y2G"),
                            "admin", ADMIN_PASSWORD, null).array().getJsonObject(0).getJsonNumber("id").longValue(), "{}"),
            new TenantOwnedTable(cn.xiangzhi.decisions.domain.PowerListItem.class, "power-list",
                    (api, t) -> decisions(api, t).item("I" + System.nanoTime() % 1_000_000, "土地发包", decisions(api, t).procedure("4Y2G")),
                    "{\"name\":\"改\",\"procedureId\":1}"),
            new TenantOwnedTable(cn.xiangzhi.decisions.domain.BodyMember.class, "village-bodies",
                    (api, t) -> Long.parseLong(decisions(api, t).representatives.get(0).substring(1)), "{}"),
            new TenantOwnedTable(cn.xiangzhi.decisions.domain.Matter.class, "decision-matters", TenantIsolationIT::registerMatter, "{}"),
            new TenantOwnedTable(cn.xiangzhi.decisions.domain.StepRecord.class, "decision-steps", TenantIsolationIT::recordStep, "{}"),
            new TenantOwnedTable(cn.xiangzhi.decisions.domain.DecisionAttachment.class, "decision-attachments",
                    TenantIsolationIT::attachFile, "{}"),
            new TenantOwnedTable(cn.xiangzhi.centres.domain.Dispute.class, "disputes", TenantIsolationIT::openDispute, "{}"),
            new TenantOwnedTable(cn.xiangzhi.centres.domain.DisputeSession.class, "dispute-sessions",
                    TenantIsolationIT::holdDisputeSession, "{}"),
            new TenantOwnedTable(cn.xiangzhi.centres.domain.ServiceRequest.class, "service-requests",
                    TenantIsolationIT::receiveServiceRequest, "{}"),
            new TenantOwnedTable(cn.xiangzhi.centres.domain.CollectiveAsset.class, "assets", TenantIsolationIT::registerAsset, "{}"),
            new TenantOwnedTable(cn.xiangzhi.centres.domain.AssetListing.class, "asset-listings", TenantIsolationIT::listAsset, "{}"),
            new TenantOwnedTable(cn.xiangzhi.decisions.domain.BiddingLot.class, "bidding-lots", TenantIsolationIT::offerLot, "{}"),
            new TenantOwnedTable(cn.xiangzhi.decisions.domain.Bidder.class, "bidders", TenantIsolationIT::registerBidder, "{}"),
            new TenantOwnedTable(cn.xiangzhi.decisions.domain.Bid.class, "bids", TenantIsolationIT::recordBid, "{}"),
            new TenantOwnedTable(cn.xiangzhi.decisions.domain.Contract.class, "contracts", TenantIsolationIT::registerContract, "{}"));

    Http api;
    String a;
    String b;

    @BeforeEach
    void openTwoTenants() {
        api = api();
        a = Fixtures.openCounty(api, "iso-a").getString("code");
        b = Fixtures.openCounty(api, "iso-b").getString("code");
    }

    @Test
    void rowsOfTenantAAreInvisibleAndUnchangeableAsTenantB() {
        for (TenantOwnedTable table : TABLES) {
            long id = table.createIn().apply(api, a);
            String name = table.entity().getSimpleName();
            String inA = "/api/t/" + a + "/" + table.resource() + "/" + id;
            String inB = "/api/t/" + b + "/" + table.resource() + "/" + id;

            Http.Reply listB = api.call("GET", "/api/t/" + b + "/" + table.resource(), "admin", ADMIN_PASSWORD, null);
            assertEquals(200, listB.status(), name + " list as B");
            // a per-tenant singleton (points-rules) answers its list URL with the tenant's one object
            List<JsonObject> rowsOfB = listB.body().startsWith("[") ? listB.array().getValuesAs(JsonObject.class) : List.of(listB.json());
            assertFalse(rowsOfB.stream().anyMatch(row -> row.containsKey("id") && row.getJsonNumber("id").longValue() == id),
                    name + " " + id + " of A is listed for B");

            assertEquals(404, api.call("GET", inB, "admin", ADMIN_PASSWORD, null).status(), name + " read by guessed id as B");
            assertFalse(api.call("PUT", inB, "admin", ADMIN_PASSWORD, table.update()).ok(), name + " changed as B");
            assertFalse(api.call("DELETE", inB, "admin", ADMIN_PASSWORD, null).ok(), name + " deleted as B");
            // B's admin credentials on A's URL: B's account does not exist in A (same username, other tenant);
            // from an address of its own, so the sign-in throttle counts these failures apart from the suite's
            // (after 20 failed sign-ins of one username the throttle answers 429: refused all the same)
            int crossed = api.call("GET", inA, "admin", "wrong-" + ADMIN_PASSWORD, null,
                    java.util.Map.of("X-Forwarded-For", "198.51.100." + (1 + TABLES.indexOf(table)))).status();
            assertTrue(crossed == 401 || crossed == 429, name + " with B's credentials on A's URL: " + crossed);

            Http.Reply stillThere = api.call("GET", inA, "admin", ADMIN_PASSWORD, null);
            assertEquals(200, stillThere.status(), name + " must survive B's attempts");
            assertEquals(id, stillThere.json().getJsonNumber("id").longValue());
        }
    }

    @Test
    void aSessionOfTenantBIsRefusedOnTenantAPagesAndSeesNoneOfAOnItsOwn() {
        long placeOfA = createPlace(api, a);
        String nameOfA = api.call("GET", "/api/t/" + a + "/places/" + placeOfA, "admin", ADMIN_PASSWORD, null)
                .json().getString("name");
        Http browserOfB = session();
        Http.Reply login = browserOfB.login("/t/" + b + "/login.xhtml", "admin", ADMIN_PASSWORD);
        assertEquals(302, login.status());
        assertTrue(login.location().endsWith("/t/" + b + "/index.xhtml"), login.location());

        Http.Reply ownPlaces = browserOfB.get("/t/" + b + "/places.xhtml");
        assertEquals(200, ownPlaces.status());
        assertTrue(ownPlaces.body().contains("xz-place-name"), "B sees its own tree");
        assertFalse(ownPlaces.body().contains(nameOfA), "B's page shows A's place " + nameOfA);

        assertEquals(403, browserOfB.get("/t/" + a + "/places.xhtml").status());
        assertEquals(403, browserOfB.get("/t/" + a + "/users.xhtml").status());
    }

    /** The failed sign-ins are a platform table naming the tenant in a column of its own: each admin sees only theirs. */
    @Test
    void aTenantsFailedSignInsAreNeverShownToAnother() {
        String intruder = "intruder-" + a;
        assertEquals(401, api.call("GET", "/api/t/" + a + "/places", intruder, "wrong-password", null,
                java.util.Map.of("X-Forwarded-For", "198.51.100.77")).status());
        Http.Reply ofA = api.call("GET", "/api/t/" + a + "/sign-in-failures", "admin", ADMIN_PASSWORD, null);
        Http.Reply ofB = api.call("GET", "/api/t/" + b + "/sign-in-failures", "admin", ADMIN_PASSWORD, null);
        assertEquals(200, ofA.status(), ofA.body());
        assertEquals(200, ofB.status(), ofB.body());
        assertTrue(ofA.array().getValuesAs(JsonObject.class).stream().anyMatch(f -> f.getString("username").equals(intruder)
                && f.getString("address").equals("198.51.100.77")), ofA.body());
        assertFalse(ofB.body().contains(intruder), "B sees A's failed sign-ins: " + ofB.body());
    }

    @Test
    void anUnknownTenantCodeIsNotFoundAndNeverFallsBackToAnotherTenant() {
        assertEquals(404, session().get("/t/no-such-tenant/login.xhtml").status());
        assertEquals(404, api.call("GET", "/api/t/no-such-tenant/places", "admin", ADMIN_PASSWORD, null).status());
        assertEquals(404, session().get("/tenant/places.xhtml").status(),
                "tenant views are not reachable without a tenant");
    }

    /** A village of the tenant with its bodies (see DecisionFixture). */
    static cn.xiangzhi.decisions.DecisionFixture decisions(Http api, String tenant) {
        return new cn.xiangzhi.decisions.DecisionFixture(api, tenant, newVillage(api, tenant, "议事村"));
    }

    static long registerMatter(Http api, String tenant) {
        cn.xiangzhi.decisions.DecisionFixture f = decisions(api, tenant);
        return f.matter(f.item("I" + System.nanoTime() % 1_000_000, "土地发包", f.procedure("4Y2G")), "滩地发包");
    }

    static long recordStep(Http api, String tenant) {
        cn.xiangzhi.decisions.DecisionFixture f = decisions(api, tenant);
        long matter = f.matter(f.item("I" + System.nanoTime() % 1_000_000, "土地发包", f.procedure("4Y2G")), "滩地发包");
        return created(f.meeting(matter, 1, java.time.LocalDate.now(), f.branchCommittee, 3, 3, 0, 0));
    }

    static long attachFile(Http api, String tenant) {
        long matter = registerMatter(api, tenant);
        return created(api.upload("/api/t/" + tenant + "/decision-attachments?matterId=" + matter + "&name=a.png", "admin",
                ADMIN_PASSWORD, Fixtures.PNG, "image/png"));
    }

    static long openDispute(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/disputes", "admin", ADMIN_PASSWORD, "{\"villageId\":"
                + newVillage(api, tenant, "调解村") + ",\"title\":\"地界纠纷\",\"kind\":\"土地\",\"parties\":[\"张三\",\"李四\"],"
                + "\"mediator\":\"王调解\"}"));
    }

    static long holdDisputeSession(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/disputes/" + openDispute(api, tenant) + "/sessions", "admin",
                ADMIN_PASSWORD, "{\"heldOn\":\"" + java.time.LocalDate.now() + "\",\"notes\":\"调解\"}"));
    }

    static long receiveServiceRequest(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/service-requests", "admin", ADMIN_PASSWORD, "{\"villageId\":"
                + newVillage(api, tenant, "便民村") + ",\"applicant\":\"赵大娘\",\"matterType\":\"社保认证\"}"));
    }

    static long registerAsset(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/assets", "admin", ADMIN_PASSWORD, "{\"villageId\":"
                + newVillage(api, tenant, "三资村") + ",\"name\":\"滩地\",\"kind\":\"LAND\",\"quantity\":600,\"unit\":\"亩\"}"));
    }

    static long listAsset(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/asset-listings", "admin", ADMIN_PASSWORD, "{\"assetId\":"
                + registerAsset(api, tenant) + ",\"terms\":\"出租5年\",\"asking\":60000}"));
    }

    static long offerLot(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/bidding-lots", "admin", ADMIN_PASSWORD, "{\"villageId\":"
                + newVillage(api, tenant, "竞标村") + ",\"title\":\"滩地\",\"unit\":\"元/亩/年\",\"reservePrice\":100}"));
    }

    static long registerBidder(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/bidders", "admin", ADMIN_PASSWORD, "{\"lotId\":" + offerLot(api, tenant)
                + ",\"name\":\"张三\",\"idNumber\":\"370124198001011234\",\"phone\":\"13812345678\"}"));
    }

    static long recordBid(Http api, String tenant) {
        long bidder = registerBidder(api, tenant);
        long lot = api.call("GET", "/api/t/" + tenant + "/bidders/" + bidder, "admin", ADMIN_PASSWORD, null).json()
                .getJsonNumber("lotId").longValue();
        return created(api.call("POST", "/api/t/" + tenant + "/bids", "admin", ADMIN_PASSWORD,
                "{\"lotId\":" + lot + ",\"bidderId\":" + bidder + ",\"round\":1,\"amount\":598}"));
    }

    static long registerContract(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/contracts", "admin", ADMIN_PASSWORD, "{\"villageId\":"
                + newVillage(api, tenant, "合同村") + ",\"title\":\"滩地承包\",\"partyB\":\"李四\",\"amount\":358800,"
                + "\"startDate\":\"2026-01-01\",\"endDate\":\"2030-12-31\"}"));
    }

    static long createPlace(Http api, String tenant) {
        JsonObject root = Fixtures.rootPlace(api, tenant);
        long seq = System.nanoTime() % 900 + 100;
        String body = Json.createObjectBuilder().add("parentId", root.getJsonNumber("id").longValue())
                .add("level", "TOWNSHIP").add("name", "测试镇" + seq)
                .add("divisionCode", root.getString("divisionCode").substring(0, 6) + seq + "000").build().toString();
        Http.Reply reply = api.call("POST", "/api/t/" + tenant + "/places", "admin", ADMIN_PASSWORD, body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    static long createUser(Http api, String tenant) {
        JsonObject root = Fixtures.rootPlace(api, tenant);
        String body = Json.createObjectBuilder().add("username", "auditor" + System.nanoTime() % 100000)
                .add("displayName", "审计员").add("role", "AUDITOR")
                .add("scopePlaceId", root.getJsonNumber("id").longValue()).add("password", "auditor-secret").build().toString();
        Http.Reply reply = api.call("POST", "/api/t/" + tenant + "/users", "admin", ADMIN_PASSWORD, body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    static long issueKioskToken(Http api, String tenant) {
        long village = newVillage(api, tenant, "一体机村");
        Http.Reply reply = api.call("POST", "/api/t/" + tenant + "/kiosk-tokens", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + village + ",\"label\":\"村委会一体机\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonObject("token").getJsonNumber("id").longValue();
    }

    static long newVillage(Http api, String tenant, String name) {
        long root = Fixtures.rootPlace(api, tenant).getJsonNumber("id").longValue();
        return Fixtures.addVillage(api, tenant, root, name);
    }

    static long createGrid(Http api, String tenant) {
        long village = newVillage(api, tenant, "网格村");
        Http.Reply reply = api.call("POST", "/api/t/" + tenant + "/grids", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + village + ",\"level\":\"VILLAGE_GRID\",\"code\":\"G" + village + "\",\"name\":\"村网格\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    static long createHousehold(Http api, String tenant) {
        long village = newVillage(api, tenant, "住户村");
        Http.Reply reply = api.call("POST", "/api/t/" + tenant + "/households", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + village + ",\"code\":\"H" + village + "\",\"headName\":\"王大\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    static long createResident(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/residents", "admin", ADMIN_PASSWORD,
                "{\"householdId\":" + createHousehold(api, tenant) + ",\"name\":\"王小\",\"relation\":\"子女\"}"));
    }

    static long createBranch(Http api, String tenant) {
        long village = newVillage(api, tenant, "支部村");
        return created(api.call("POST", "/api/t/" + tenant + "/party-branches", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + village + ",\"code\":\"B" + village + "\",\"name\":\"支部村党支部\"}"));
    }

    static long createMember(Http api, String tenant) {
        long branch = createBranch(api, tenant);
        return created(api.call("POST", "/api/t/" + tenant + "/party-members", "admin", ADMIN_PASSWORD,
                "{\"branchId\":" + branch + ",\"code\":\"M" + branch + "\",\"name\":\"党员甲\",\"joinedYear\":1998}"));
    }

    static long createItem(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/points-items", "admin", ADMIN_PASSWORD,
                "{\"code\":\"I" + System.nanoTime() % 1_000_000 + "\",\"name\":\"参加议事\",\"kind\":\"CREDIT\","
                        + "\"points\":2,\"proposers\":[\"GRID_CHIEF\"]}"));
    }

    static long createProposal(Http api, String tenant) {
        return createProposal(api, tenant, java.time.YearMonth.now());
    }

    static long createProposal(Http api, String tenant, java.time.YearMonth month) {
        Http.Reply reply = api.call("POST", "/api/t/" + tenant + "/points-proposals", "admin", ADMIN_PASSWORD,
                "{\"itemId\":" + createItem(api, tenant) + ",\"householdIds\":[" + createHousehold(api, tenant)
                        + "],\"month\":\"" + month + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long createLine(Http api, String tenant) {
        return createLine(api, tenant, java.time.YearMonth.now());
    }

    static long createLine(Http api, String tenant, java.time.YearMonth month) {
        long proposal = createProposal(api, tenant, month);
        Http.Reply confirmed = api.call("POST", "/api/t/" + tenant + "/points-proposals/confirm", "admin", ADMIN_PASSWORD,
                "{\"ids\":[" + proposal + "]}");
        assertEquals(200, confirmed.status(), confirmed.body());
        long household = api.call("GET", "/api/t/" + tenant + "/points-proposals/" + proposal, "admin", ADMIN_PASSWORD, null)
                .json().getJsonNumber("householdId").longValue();
        return api.call("GET", "/api/t/" + tenant + "/points-lines?household=" + household, "admin", ADMIN_PASSWORD, null)
                .array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long monthTotal(Http api, String tenant) {
        long line = createLine(api, tenant);
        long household = api.call("GET", "/api/t/" + tenant + "/points-lines/" + line, "admin", ADMIN_PASSWORD, null)
                .json().getJsonNumber("householdId").longValue();
        return api.call("GET", "/api/t/" + tenant + "/points-month-totals?household=" + household, "admin", ADMIN_PASSWORD, null)
                .array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long closeMonth(Http api, String tenant) {
        return closedMonthOf(api, tenant, createLine(api, tenant));
    }

    static long closedMonthOf(Http api, String tenant, long line) {
        long household = api.call("GET", "/api/t/" + tenant + "/points-lines/" + line, "admin", ADMIN_PASSWORD, null)
                .json().getJsonNumber("householdId").longValue();
        long village = api.call("GET", "/api/t/" + tenant + "/households/" + household, "admin", ADMIN_PASSWORD, null)
                .json().getJsonNumber("villageId").longValue();
        Http.Reply closed = api.call("POST", "/api/t/" + tenant + "/points-months", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + village + ",\"month\":\"" + java.time.YearMonth.now() + "\"}");
        assertEquals(200, closed.status(), closed.body());
        return closed.json().getJsonNumber("id").longValue();
    }

    static long createObjection(Http api, String tenant) {
        long line = createLine(api, tenant);
        closedMonthOf(api, tenant, line);
        return created(api.call("POST", "/api/t/" + tenant + "/points-objections", "admin", ADMIN_PASSWORD,
                "{\"lineId\":" + line + ",\"reason\":\"有异议\"}"));
    }

    static long createAward(Http api, String tenant) {
        long village = newVillage(api, tenant, "评比村");
        java.time.YearMonth now = java.time.YearMonth.now();
        Http.Reply award = api.call("POST", "/api/t/" + tenant + "/points-scores/ranking/award", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + village + ",\"quarter\":\"" + now.getYear() + "-Q" + ((now.getMonthValue() - 1) / 3 + 1)
                        + "\",\"level\":\"MICRO_GRID\"}");
        assertEquals(200, award.status(), award.body());
        return award.json().getJsonNumber("id").longValue();
    }

    static long uploadPhoto(Http api, String tenant) {
        long village = newVillage(api, tenant, "照片村");
        return created(api.upload("/api/t/" + tenant + "/points-photos?villageId=" + village, "admin", ADMIN_PASSWORD, Fixtures.PNG,
                "image/png"));
    }

    static long saveRules(Http api, String tenant) {
        Http.Reply reply = api.call("PUT", "/api/t/" + tenant + "/points-rules", "admin", ADMIN_PASSWORD,
                "{\"ownWeight\":0.6,\"goldPercent\":20,\"silverPercent\":40,\"bronzePercent\":60,\"goldBonus\":50,"
                        + "\"silverBonus\":25,\"bronzeBonus\":5,\"objectionDays\":10}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    static long runExpiry(Http api, String tenant) {
        Http.Reply rules = api.call("PUT", "/api/t/" + tenant + "/points-rules", "admin", ADMIN_PASSWORD,
                "{\"ownWeight\":0.5,\"goldPercent\":10,\"silverPercent\":30,\"bronzePercent\":50,\"goldBonus\":30,"
                        + "\"silverBonus\":20,\"bronzeBonus\":10,\"objectionDays\":7,\"expiryMonths\":12}");
        assertEquals(200, rules.status(), rules.body());
        return created(api.call("POST", "/api/t/" + tenant + "/points-expiry-runs", "admin", ADMIN_PASSWORD, "{}"));
    }

    static long placeRestriction(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/household-restrictions", "admin", ADMIN_PASSWORD,
                "{\"householdId\":" + createHousehold(api, tenant) + ",\"kind\":\"NO_REDEEM\",\"reason\":\"违规\"}"));
    }

    static long awardHonour(Http api, String tenant) {
        int lastYear = java.time.Year.now().getValue() - 1;
        long line = createLine(api, tenant, java.time.YearMonth.of(lastYear, 12));
        long household = api.call("GET", "/api/t/" + tenant + "/points-lines/" + line, "admin", ADMIN_PASSWORD, null)
                .json().getJsonNumber("householdId").longValue();
        long village = api.call("GET", "/api/t/" + tenant + "/households/" + household, "admin", ADMIN_PASSWORD, null)
                .json().getJsonNumber("villageId").longValue();
        Http.Reply awarded = api.call("POST", "/api/t/" + tenant + "/points-honours", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + village + ",\"year\":" + lastYear + "}");
        assertEquals(200, awarded.status(), awarded.body());
        return awarded.array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long issueCard(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/households/" + createHousehold(api, tenant) + "/card",
                "admin", ADMIN_PASSWORD, "{}"));
    }

    static long createShop(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/shops", "admin", ADMIN_PASSWORD,
                "{\"code\":\"S" + System.nanoTime() % 1_000_000 + "\",\"name\":\"共富超市\",\"kind\":\"VILLAGE_SUPERMARKET\"}"));
    }

    static long serveVillage(Http api, String tenant) {
        long shop = createShop(api, tenant);
        long village = newVillage(api, tenant, "兑换村");
        Http.Reply served = api.call("PUT", "/api/t/" + tenant + "/shops/" + shop + "/villages", "admin", ADMIN_PASSWORD,
                "[" + village + "]");
        assertEquals(200, served.status(), served.body());
        return api.call("GET", "/api/t/" + tenant + "/shop-villages?shopId=" + shop, "admin", ADMIN_PASSWORD, null)
                .array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long assignClerk(Http api, String tenant) {
        long root = Fixtures.rootPlace(api, tenant).getJsonNumber("id").longValue();
        long user = created(api.call("POST", "/api/t/" + tenant + "/users", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("username", "clerk" + System.nanoTime() % 100000).add("displayName", "店员")
                        .add("role", "SHOP_CLERK").add("scopePlaceId", root).add("password", "clerk-secret-1").build().toString()));
        return created(api.call("POST", "/api/t/" + tenant + "/shop-clerks", "admin", ADMIN_PASSWORD,
                "{\"shopId\":" + createShop(api, tenant) + ",\"userId\":" + user + "}"));
    }

    static long createGoods(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/shop-goods", "admin", ADMIN_PASSWORD,
                "{\"shopId\":" + createShop(api, tenant) + ",\"code\":\"OIL\",\"name\":\"花生油\",\"pricePoints\":120,\"stock\":5}"));
    }

    /** A redemption at a shop: a household with last month's released points, a shop serving its village, a clerk. */
    static long redeem(Http api, String tenant) {
        java.time.YearMonth lastMonth = java.time.YearMonth.now().minusMonths(1);
        long line = createLine(api, tenant, lastMonth);
        long householdId = api.call("GET", "/api/t/" + tenant + "/points-lines/" + line, "admin", ADMIN_PASSWORD, null)
                .json().getJsonNumber("householdId").longValue();
        JsonObject household = api.call("GET", "/api/t/" + tenant + "/households/" + householdId, "admin", ADMIN_PASSWORD, null).json();
        long village = household.getJsonNumber("villageId").longValue();
        Http.Reply closed = api.call("POST", "/api/t/" + tenant + "/points-months", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + village + ",\"month\":\"" + lastMonth + "\"}");
        assertEquals(200, closed.status(), closed.body());
        try {
            Fixtures.endObjectionPeriod(closed.json().getJsonNumber("id").longValue());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        long shop = createShop(api, tenant);
        assertEquals(200, api.call("PUT", "/api/t/" + tenant + "/shops/" + shop + "/villages", "admin", ADMIN_PASSWORD,
                "[" + village + "]").status());
        String clerk = "clerk" + System.nanoTime() % 100000;
        long user = created(api.call("POST", "/api/t/" + tenant + "/users", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("username", clerk).add("displayName", "店员").add("role", "SHOP_CLERK")
                        .add("scopePlaceId", village).add("password", "clerk-secret-1").build().toString()));
        created(api.call("POST", "/api/t/" + tenant + "/shop-clerks", "admin", ADMIN_PASSWORD,
                "{\"shopId\":" + shop + ",\"userId\":" + user + "}"));
        long goods = created(api.call("POST", "/api/t/" + tenant + "/shop-goods", "admin", ADMIN_PASSWORD,
                "{\"shopId\":" + shop + ",\"code\":\"SALT\",\"name\":\"食盐\",\"pricePoints\":1}"));
        return created(api.call("POST", "/api/t/" + tenant + "/redemptions", clerk, "clerk-secret-1",
                Json.createObjectBuilder().add("household", household.getString("code")).add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("goodsId", goods).add("quantity", 1)))
                        .add("idempotencyKey", "iso-" + java.util.UUID.randomUUID()).build().toString()));
    }

    static long redeemedItem(Http api, String tenant) {
        long redemption = redeem(api, tenant);
        return api.call("GET", "/api/t/" + tenant + "/redemption-items?redemptionId=" + redemption, "admin", ADMIN_PASSWORD, null)
                .array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long saveShopRules(Http api, String tenant) {
        Http.Reply reply = api.call("PUT", "/api/t/" + tenant + "/shop-rules", "admin", ADMIN_PASSWORD,
                "{\"returnDays\":30,\"yuanPerPoint\":0.05}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Last month's statement of a shop with one redemption, moved back into last month. */
    static JsonObject statementWithALine(Http api, String tenant) {
        long redemption = redeem(api, tenant);
        try {
            assertEquals(1, Fixtures.execute("update shop_redemption set created_at = '"
                    + java.time.YearMonth.now().minusMonths(1).atDay(15) + " 12:00:00' where id = " + redemption));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        saveShopRules(api, tenant);
        long shop = api.call("GET", "/api/t/" + tenant + "/redemptions/" + redemption, "admin", ADMIN_PASSWORD, null)
                .json().getJsonNumber("shopId").longValue();
        Http.Reply issued = api.call("POST", "/api/t/" + tenant + "/shops/" + shop + "/statements", "admin", ADMIN_PASSWORD,
                "{\"period\":\"" + java.time.YearMonth.now().minusMonths(1) + "\"}");
        assertEquals(201, issued.status(), issued.body());
        return issued.json();
    }

    static long issueStatement(Http api, String tenant) {
        return statementWithALine(api, tenant).getJsonNumber("id").longValue();
    }

    static long statementLine(Http api, String tenant) {
        return statementWithALine(api, tenant).getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long created(Http.Reply reply) {
        return Fixtures.created(reply);
    }

    static long latestAuditEntry(Http api, String tenant) {
        Http.Reply reply = api.call("GET", "/api/t/" + tenant + "/audit?max=1", "admin", ADMIN_PASSWORD, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getJsonObject(0).getJsonNumber("id").longValue();
    }
}
