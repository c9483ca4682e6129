package cn.xiangzhi.platform;

import cn.xiangzhi.centres.domain.AssetListing;
import cn.xiangzhi.centres.domain.CollectiveAsset;
import cn.xiangzhi.centres.domain.Dispute;
import cn.xiangzhi.centres.domain.DisputeSession;
import cn.xiangzhi.centres.domain.ServiceRequest;
import cn.xiangzhi.decisions.DecisionFixture;
import cn.xiangzhi.decisions.domain.Bid;
import cn.xiangzhi.decisions.domain.Bidder;
import cn.xiangzhi.decisions.domain.BiddingLot;
import cn.xiangzhi.decisions.domain.BodyMember;
import cn.xiangzhi.decisions.domain.Contract;
import cn.xiangzhi.decisions.domain.DecisionAttachment;
import cn.xiangzhi.decisions.domain.DecisionProcedure;
import cn.xiangzhi.decisions.domain.Matter;
import cn.xiangzhi.decisions.domain.PowerListItem;
import cn.xiangzhi.decisions.domain.ProcedureStep;
import cn.xiangzhi.decisions.domain.StepRecord;
import cn.xiangzhi.liaison.LiaisonFixture;
import cn.xiangzhi.liaison.domain.Liaison;
import cn.xiangzhi.liaison.domain.LiaisonAssignment;
import cn.xiangzhi.liaison.domain.LiaisonRules;
import cn.xiangzhi.liaison.domain.LiaisonVisit;
import cn.xiangzhi.liaison.domain.VisitPhoto;
import cn.xiangzhi.notices.domain.Notice;
import cn.xiangzhi.notices.domain.NoticeFile;
import cn.xiangzhi.devices.DeviceFixture;
import cn.xiangzhi.devices.TerminalSimulator;
import cn.xiangzhi.devices.domain.DeviceAlarm;
import cn.xiangzhi.devices.domain.DeviceCommand;
import cn.xiangzhi.devices.domain.DevicePhoto;
import cn.xiangzhi.devices.domain.Punch;
import cn.xiangzhi.devices.domain.RejectedLine;
import cn.xiangzhi.devices.domain.TerminalUser;
import cn.xiangzhi.orglife.domain.Meeting;
import cn.xiangzhi.orglife.domain.MeetingFile;
import cn.xiangzhi.rating.domain.BottomLine;
import cn.xiangzhi.rating.domain.ConsequenceRule;
import cn.xiangzhi.rating.domain.Problem;
import cn.xiangzhi.rating.domain.RatingCampaign;
import cn.xiangzhi.rating.domain.RatingSubject;
import cn.xiangzhi.rating.domain.Vote;
import cn.xiangzhi.orglife.domain.MeetingType;
import cn.xiangzhi.organisation.domain.Grid;
import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.organisation.domain.PartyBranch;
import cn.xiangzhi.organisation.domain.PartyMember;
import cn.xiangzhi.organisation.domain.Resident;
import cn.xiangzhi.platform.domain.AuditEntry;
import cn.xiangzhi.platform.domain.KioskToken;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.UserAccount;
import cn.xiangzhi.points.domain.CatalogueItem;
import cn.xiangzhi.points.domain.EvidencePhoto;
import cn.xiangzhi.points.domain.ExpiryRun;
import cn.xiangzhi.points.domain.Honour;
import cn.xiangzhi.points.domain.HouseholdCard;
import cn.xiangzhi.points.domain.HouseholdMonthTotal;
import cn.xiangzhi.points.domain.HouseholdRestriction;
import cn.xiangzhi.points.domain.LedgerLine;
import cn.xiangzhi.points.domain.Objection;
import cn.xiangzhi.points.domain.PointsRules;
import cn.xiangzhi.points.domain.Proposal;
import cn.xiangzhi.points.domain.PublishedMonth;
import cn.xiangzhi.points.domain.RankingAward;
import cn.xiangzhi.shops.domain.Redemption;
import cn.xiangzhi.shops.domain.RedemptionItem;
import cn.xiangzhi.shops.domain.Shop;
import cn.xiangzhi.shops.domain.ShopClerk;
import cn.xiangzhi.shops.domain.ShopGoods;
import cn.xiangzhi.shops.domain.ShopRules;
import cn.xiangzhi.shops.domain.ShopStatement;
import cn.xiangzhi.shops.domain.ShopVillage;
import cn.xiangzhi.shops.domain.StatementLine;
import cn.xiangzhi.seal.SealFixture;
import cn.xiangzhi.seal.domain.Seal;
import cn.xiangzhi.seal.domain.SealAlarm;
import cn.xiangzhi.seal.domain.SealApplication;
import cn.xiangzhi.seal.domain.SealApproval;
import cn.xiangzhi.seal.domain.SealClass;
import cn.xiangzhi.seal.domain.SealDocument;
import cn.xiangzhi.seal.domain.SealStamp;
import cn.xiangzhi.seal.domain.SealTerminal;
import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

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

    /**
     * How to make one row of a tenant-owned table through REST, and where REST serves it; {@code update}
     * gives a valid PUT body built from the row (null: the resource has no PUT).
     */
    record TenantOwnedTable(Class<?> entity, String resource, BiFunction<Http, String, Long> createIn,
                            Function<JsonObject, String> update) {
        boolean deletable() {
            return DELETABLE.contains(resource);
        }
    }

    /** The resources with a DELETE of one row. */
    static final Set<String> DELETABLE = Set.of("decision-procedures", "grids", "households", "kiosk-tokens",
            "party-branches", "party-members", "places", "points-items", "power-list", "residents", "shop-clerks", "shop-goods",
            "shop-villages", "shops", "terminal-users", "users", "village-bodies", "rating-consequence-rules", "liaison-assignments");

    static final List<TenantOwnedTable> TABLES = List.of(
            new TenantOwnedTable(Place.class, "places", TenantIsolationIT::createPlace, row -> "{\"name\":\"改\"}"),
            new TenantOwnedTable(UserAccount.class, "users", TenantIsolationIT::createUser, row -> "{\"displayName\":\"改名\",\"role\":\"AUDITOR\",\"scopePlaceId\":" + row.getJsonNumber("scopePlaceId") + "}"),
            new TenantOwnedTable(AuditEntry.class, "audit", TenantIsolationIT::latestAuditEntry, null),
            new TenantOwnedTable(KioskToken.class, "kiosk-tokens", TenantIsolationIT::issueKioskToken, null),
            new TenantOwnedTable(Grid.class, "grids", TenantIsolationIT::createGrid, row -> "{\"name\":\"改\"}"),
            new TenantOwnedTable(Household.class, "households", TenantIsolationIT::createHousehold, row -> "{\"villageId\":" + row.getJsonNumber("villageId") + ",\"headName\":\"改\"}"),
            new TenantOwnedTable(Resident.class, "residents", TenantIsolationIT::createResident, row -> "{\"householdId\":" + row.getJsonNumber("householdId") + ",\"name\":\"改\"}"),
            new TenantOwnedTable(PartyBranch.class, "party-branches", TenantIsolationIT::createBranch, row -> "{\"name\":\"改\"}"),
            new TenantOwnedTable(PartyMember.class, "party-members", TenantIsolationIT::createMember, row -> "{\"branchId\":" + row.getJsonNumber("branchId") + ",\"name\":\"改\"}"),
            new TenantOwnedTable(CatalogueItem.class, "points-items", TenantIsolationIT::createItem, row -> "{\"name\":\"改\",\"kind\":\"CREDIT\",\"points\":1,\"proposers\":[\"GRID_CHIEF\"]}"),
            new TenantOwnedTable(Proposal.class, "points-proposals", TenantIsolationIT::createProposal, null),
            new TenantOwnedTable(LedgerLine.class, "points-lines", TenantIsolationIT::createLine, null),
            new TenantOwnedTable(PublishedMonth.class, "points-months", TenantIsolationIT::closeMonth, null),
            new TenantOwnedTable(HouseholdMonthTotal.class, "points-month-totals",
                    TenantIsolationIT::monthTotal, null),
            new TenantOwnedTable(Objection.class, "points-objections", TenantIsolationIT::createObjection, null),
            new TenantOwnedTable(RankingAward.class, "points-scores/ranking/award", TenantIsolationIT::createAward, null),
            new TenantOwnedTable(EvidencePhoto.class, "points-photos", TenantIsolationIT::uploadPhoto, null),
            new TenantOwnedTable(PointsRules.class, "points-rules", TenantIsolationIT::saveRules, null),
            new TenantOwnedTable(ExpiryRun.class, "points-expiry-runs", TenantIsolationIT::runExpiry, null),
            new TenantOwnedTable(HouseholdRestriction.class, "household-restrictions", TenantIsolationIT::placeRestriction, null),
            new TenantOwnedTable(Honour.class, "points-honours", TenantIsolationIT::awardHonour, null),
            new TenantOwnedTable(HouseholdCard.class, "household-cards", TenantIsolationIT::issueCard, null),
            new TenantOwnedTable(Shop.class, "shops", TenantIsolationIT::createShop, row -> "{\"name\":\"改\",\"kind\":\"PARTNER\"}"),
            new TenantOwnedTable(ShopVillage.class, "shop-villages", TenantIsolationIT::serveVillage, null),
            new TenantOwnedTable(ShopClerk.class, "shop-clerks", TenantIsolationIT::assignClerk, null),
            new TenantOwnedTable(ShopGoods.class, "shop-goods", TenantIsolationIT::createGoods, row -> "{\"name\":\"改\",\"pricePoints\":1}"),
            new TenantOwnedTable(Redemption.class, "redemptions", TenantIsolationIT::redeem, null),
            new TenantOwnedTable(RedemptionItem.class, "redemption-items", TenantIsolationIT::redeemedItem, null),
            new TenantOwnedTable(ShopRules.class, "shop-rules", TenantIsolationIT::saveShopRules, null),
            new TenantOwnedTable(ShopStatement.class, "shop-statements", TenantIsolationIT::issueStatement, null),
            new TenantOwnedTable(StatementLine.class, "shop-statement-lines",
                    TenantIsolationIT::statementLine, null),
            new TenantOwnedTable(DecisionProcedure.class, "decision-procedures",
                    (api, t) -> decisions(api, t).procedure("5Y1B2G"), null),
            new TenantOwnedTable(ProcedureStep.class, "decision-procedure-steps",
                    (api, t) -> api.call("GET", "/api/t/" + t + "/decision-procedure-steps?procedure=" + decisions(api, t).procedure("4Y2G"),
                            "admin", ADMIN_PASSWORD, null).array().getJsonObject(0).getJsonNumber("id").longValue(), null),
            new TenantOwnedTable(PowerListItem.class, "power-list",
                    (api, t) -> decisions(api, t).item("I" + System.nanoTime() % 1_000_000, "土地发包", decisions(api, t).procedure("4Y2G")), row -> "{\"name\":\"改\",\"procedureId\":" + row.getJsonNumber("procedureId") + "}"),
            new TenantOwnedTable(BodyMember.class, "village-bodies",
                    (api, t) -> Long.parseLong(decisions(api, t).representatives.get(0).substring(1)), null),
            new TenantOwnedTable(Matter.class, "decision-matters", TenantIsolationIT::registerMatter, null),
            new TenantOwnedTable(StepRecord.class, "decision-steps", TenantIsolationIT::recordStep, null),
            new TenantOwnedTable(DecisionAttachment.class, "decision-attachments",
                    TenantIsolationIT::attachFile, null),
            new TenantOwnedTable(Dispute.class, "disputes", TenantIsolationIT::openDispute, null),
            new TenantOwnedTable(DisputeSession.class, "dispute-sessions",
                    TenantIsolationIT::holdDisputeSession, null),
            new TenantOwnedTable(ServiceRequest.class, "service-requests",
                    TenantIsolationIT::receiveServiceRequest, null),
            new TenantOwnedTable(CollectiveAsset.class, "assets", TenantIsolationIT::registerAsset, null),
            new TenantOwnedTable(AssetListing.class, "asset-listings", TenantIsolationIT::listAsset, null),
            new TenantOwnedTable(BiddingLot.class, "bidding-lots", TenantIsolationIT::offerLot, null),
            new TenantOwnedTable(Bidder.class, "bidders", TenantIsolationIT::registerBidder, null),
            new TenantOwnedTable(Bid.class, "bids", TenantIsolationIT::recordBid, null),
            new TenantOwnedTable(Contract.class, "contracts", TenantIsolationIT::registerContract, null),
            new TenantOwnedTable(Notice.class, "notices", TenantIsolationIT::publishNotice, null),
            new TenantOwnedTable(NoticeFile.class, "notice-files", TenantIsolationIT::attachNoticeFile, null),
            new TenantOwnedTable(Punch.class, "device-punches", TenantIsolationIT::punch, null),
            new TenantOwnedTable(RejectedLine.class, "device-rejected-lines", TenantIsolationIT::rejectedLine, null),
            new TenantOwnedTable(DeviceAlarm.class, "device-alarms", TenantIsolationIT::alarm, null),
            new TenantOwnedTable(DevicePhoto.class, "device-photos", TenantIsolationIT::devicePhoto, null),
            new TenantOwnedTable(TerminalUser.class, "terminal-users", TenantIsolationIT::terminalUser,
                    row -> "{\"name\":\"改名\",\"card\":\"\"}"),
            new TenantOwnedTable(DeviceCommand.class, "device-commands", TenantIsolationIT::deviceCommand, null),
            new TenantOwnedTable(MeetingType.class, "meeting-types", (api, t) -> Fixtures.created(api.call("POST",
                    "/api/t/" + t + "/meeting-types", "admin", ADMIN_PASSWORD,
                    "{\"code\":\"T" + System.nanoTime() % 1_000_000 + "\",\"name\":\"议事会\",\"frequency\":\"MONTHLY\",\"minimumMinutes\":30}")), null),
            new TenantOwnedTable(Meeting.class, "meetings", TenantIsolationIT::meeting, null),
            new TenantOwnedTable(MeetingFile.class, "meeting-files", TenantIsolationIT::meetingFile, null),
            new TenantOwnedTable(SealClass.class, "seal-classes", (api, t) -> Fixtures.created(api.call("POST",
                    "/api/t/" + t + "/seal-classes", "admin", ADMIN_PASSWORD, "{\"code\":\"C" + System.nanoTime() % 1_000_000
                            + "\",\"name\":\"集体合同\",\"requiresMatter\":false,\"chain\":[\"TOWNSHIP_REVIEWER\"]}")),
                    row -> "{\"name\":\"改\",\"requiresMatter\":false,\"chain\":[\"TENANT_ADMIN\"]}"),
            new TenantOwnedTable(Seal.class, "seals", (api, t) -> seals(api, t).seal, null),
            new TenantOwnedTable(SealTerminal.class, "seal-terminals", TenantIsolationIT::sealTerminal, null),
            new TenantOwnedTable(SealApplication.class, "seal-applications",
                    (api, t) -> Fixtures.created(seals(api, t).apply("DAILY", null, "证明", 1, 1)), null),
            new TenantOwnedTable(SealDocument.class, "seal-documents", (api, t) -> sealDetail(api, t, "documents"), null),
            new TenantOwnedTable(SealApproval.class, "seal-approvals", (api, t) -> sealDetail(api, t, "approvals"), null),
            new TenantOwnedTable(SealStamp.class, "seal-stamps", (api, t) -> sealDetail(api, t, "stamps"), null),
            new TenantOwnedTable(SealAlarm.class, "seal-alarms", TenantIsolationIT::sealAlarm, null),
            new TenantOwnedTable(BottomLine.class, "rating-bottom-lines", TenantIsolationIT::bottomLine, null),
            new TenantOwnedTable(RatingCampaign.class, "rating-campaigns", TenantIsolationIT::ratingCampaign, null),
            new TenantOwnedTable(RatingSubject.class, "rating-subjects", TenantIsolationIT::ratingSubject, null),
            new TenantOwnedTable(Vote.class, "rating-votes", TenantIsolationIT::ratingVote, null),
            new TenantOwnedTable(Problem.class, "rating-problems", TenantIsolationIT::ratingProblem, null),
            new TenantOwnedTable(ConsequenceRule.class, "rating-consequence-rules", TenantIsolationIT::consequenceRule, null),
            new TenantOwnedTable(LiaisonRules.class, "liaison-rules", TenantIsolationIT::liaisonRules, null),
            new TenantOwnedTable(Liaison.class, "liaisons", (api, t) -> liaisons(api, t).liaison(newVillage(api, t, "联户甲村"),
                    "LANE_CHIEF", "L" + System.nanoTime() % 1_000_000, "巷长甲"), null),
            new TenantOwnedTable(LiaisonAssignment.class, "liaison-assignments", TenantIsolationIT::liaisonAssignment, null),
            new TenantOwnedTable(LiaisonVisit.class, "liaison-visits", TenantIsolationIT::liaisonVisit, null),
            new TenantOwnedTable(VisitPhoto.class, "liaison-visit-photos", TenantIsolationIT::visitPhoto, null));

    /** Tenant B's admin is also called "admin", with another password: valid credentials of B, never of A. */
    static final String B_PASSWORD = "admin-secret-of-b";

    /** The application's root, for terminals (which call it outside any tenant's URL). */
    static URI root;

    Http api;
    String a;
    String b;

    @BeforeEach
    void openTwoTenants() {
        root = URI.create(base.toString());
        api = api();
        a = Fixtures.openCounty(api, "iso-a").getString("code");
        b = Fixtures.openCounty(api, "iso-b", B_PASSWORD).getString("code");
    }

    /**
     * For every tenant-owned table: a row written as A is not listed for B, and reading, changing or
     * deleting it by its id as B is answered exactly as for a row that does not exist (404) — or 405
     * where the resource has no such method at all; afterwards A's row is unchanged in every field,
     * and the change B tried is one A's admin may make (so B's 404 was isolation, not a bad body).
     */
    @Test
    void rowsOfTenantAAreInvisibleAndUnchangeableAsTenantB() {
        for (TenantOwnedTable table : TABLES) {
            long id = table.createIn().apply(api, a);
            String name = table.entity().getSimpleName();
            String inA = "/api/t/" + a + "/" + table.resource() + "/" + id;
            String inB = "/api/t/" + b + "/" + table.resource() + "/" + id;

            Http.Reply listB = asB("GET", "/api/t/" + b + "/" + table.resource(), null);
            assertEquals(200, listB.status(), name + " list as B");
            // a per-tenant singleton (points-rules) answers its list URL with the tenant's one object
            List<JsonObject> rowsOfB = listB.body().startsWith("[") ? listB.array().getValuesAs(JsonObject.class) : List.of(listB.json());
            assertFalse(rowsOfB.stream().anyMatch(row -> row.containsKey("id") && row.getJsonNumber("id").longValue() == id),
                    name + " " + id + " of A is listed for B");

            Http.Reply before = asA("GET", inA, null);
            assertEquals(200, before.status(), name + " read as A");
            assertEquals(404, asB("GET", inB, null).status(), name + " read by guessed id as B");
            String update = table.update() == null ? "{}" : table.update().apply(before.json());
            assertRefused(asB("PUT", inB, update), table.update() != null, name + " changed as B");
            assertRefused(asB("DELETE", inB, null), table.deletable(), name + " deleted as B");

            Http.Reply after = asA("GET", inA, null);
            assertEquals(before.body(), after.body(), name + " must survive B's attempts unchanged in every field");
            if (table.update() != null) {
                assertEquals(200, asA("PUT", inA, update).status(), name + ": the change B tried is one A's admin may make");
            }
        }
    }

    /**
     * A call that moves points, money, goods or accounts, or downloads a file, on a row of tenant A:
     * {@code path} under the tenant's API root; {@code state} a path of A whose answer must not change
     * when tenant B makes the call.
     */
    record CrossTenantCall(String what, String method, String path, String body, String state, boolean byClerk) {
        CrossTenantCall(String what, String method, String path, String body, String state) {
            this(what, method, path, body, state, false);
        }
    }

    /** Every action endpoint and download, on rows of A, with what they may change. */
    static List<CrossTenantCall> actionsOn(Http api, String a) {
        long line = createLine(api, a);
        long redemption = redeem(api, a);
        JsonObject statement = statementWithALine(api, a);
        long statementId = statement.getJsonNumber("id").longValue();
        long shop = statement.getJsonNumber("shopId").longValue();
        long user = createUser(api, a);
        long restriction = placeRestriction(api, a);
        long objection = createObjection(api, a);
        long goods = createGoods(api, a);
        long withoutCard = createHousehold(api, a);
        long card = issueCard(api, a);
        long carded = api.call("GET", "/api/t/" + a + "/household-cards/" + card, "admin", ADMIN_PASSWORD, null).json()
                .getJsonNumber("householdId").longValue();
        long otherShop = createShop(api, a);
        long village = newVillage(api, a, "动作村");
        long honour = awardHonour(api, a);
        long photo = uploadPhoto(api, a);
        long attachment = attachFile(api, a);
        long month = closeMonth(api, a);
        long lot = offerLot(api, a);
        long contract = registerContract(api, a);
        long dispute = openDispute(api, a);
        long meetingFile = meetingFile(api, a);
        long meeting = api.call("GET", "/api/t/" + a + "/meeting-files/" + meetingFile, "admin", ADMIN_PASSWORD, null).json()
                .getJsonNumber("meetingId").longValue();
        long campaign = ratingCampaign(api, a);
        long visit = liaisonVisit(api, a);
        JsonObject visited = api.call("GET", "/api/t/" + a + "/liaison-visits/" + visit, "admin", ADMIN_PASSWORD, null).json();
        long visitedHousehold = visited.getJsonNumber("householdId").longValue();
        long request = created(liaisons(api, a).raise(visit, "NEED", "临时救助", "民政办"));
        long photoOfVisit = created(api.upload("/api/t/" + a + "/liaison-visits/" + visit + "/photos", "admin", ADMIN_PASSWORD,
                Fixtures.PNG, "image/png"));
        long liaisonOfA = visited.getJsonNumber("liaisonId").longValue();
        return List.of(
                new CrossTenantCall("a campaign's trail", "GET", "/rating-campaigns/" + campaign + "/trail", null, null),
                new CrossTenantCall("a campaign's consequences", "GET", "/rating-campaigns/" + campaign + "/consequences", null, null),
                new CrossTenantCall("a campaign's results workbook", "GET", "/rating-campaigns/" + campaign + "/results.xlsx", null, null),
                new CrossTenantCall("a campaign's poster", "GET", "/rating-campaigns/" + campaign + "/poster.pdf", null, null),
                new CrossTenantCall("reversal", "POST", "/points-lines/" + line + "/reversal", "{\"reason\":\"冲正\"}",
                        "/points-lines?household=" + householdOfLine(api, a, line)),
                new CrossTenantCall("return", "POST", "/redemptions/" + redemption + "/return",
                        "{\"reason\":\"退货\",\"idempotencyKey\":\"cross-" + UUID.randomUUID() + "\"}", "/redemptions", true),
                new CrossTenantCall("statement payment", "POST", "/shops/" + shop + "/statements/" + statementId + "/payment",
                        "{\"reference\":\"转账\"}", "/shops/" + shop + "/statements/" + statementId),
                new CrossTenantCall("password reset", "POST", "/users/" + user + "/password", "{\"password\":\"taken-over-1\"}",
                        "/users/" + user),
                new CrossTenantCall("restriction lifting", "POST", "/household-restrictions/" + restriction + "/lifting",
                        "{\"reason\":\"解除\"}", "/household-restrictions/" + restriction),
                new CrossTenantCall("objection resolution", "POST", "/points-objections/" + objection + "/resolution",
                        "{\"uphold\":true,\"resolution\":\"成立\"}", "/points-objections/" + objection),
                new CrossTenantCall("restock", "POST", "/shop-goods/" + goods + "/restock", "{\"quantity\":5}", "/shop-goods/" + goods),
                new CrossTenantCall("card issue", "POST", "/households/" + withoutCard + "/card", "{}", "/household-cards"),
                new CrossTenantCall("card revoke", "DELETE", "/households/" + carded + "/card", null, "/household-cards/" + card),
                new CrossTenantCall("a shop's villages", "PUT", "/shops/" + otherShop + "/villages", "[" + village + "]",
                        "/shop-villages?shopId=" + otherShop),
                new CrossTenantCall("closing a lot", "POST", "/bidding-lots/" + lot + "/close", "{}", "/bidding-lots/" + lot),
                new CrossTenantCall("ending a contract", "POST", "/contracts/" + contract + "/end", "{\"reason\":\"到期\"}",
                        "/contracts/" + contract),
                new CrossTenantCall("a dispute's outcome", "POST", "/disputes/" + dispute + "/outcome",
                        "{\"status\":\"RESOLVED\",\"agreement\":\"和解\"}", "/disputes/" + dispute),
                new CrossTenantCall("card QR", "GET", "/households/" + carded + "/card/qr.png", null, null),
                new CrossTenantCall("card PDF", "GET", "/households/" + carded + "/card/card.pdf", null, null),
                new CrossTenantCall("certificate PDF", "GET", "/points-honours/" + honour + "/certificate.pdf", null, null),
                new CrossTenantCall("statement PDF", "GET", "/shops/" + shop + "/statements/" + statementId + ".pdf", null, null),
                new CrossTenantCall("statement Excel", "GET", "/shops/" + shop + "/statements/" + statementId + ".xlsx", null, null),
                new CrossTenantCall("photo content", "GET", "/points-photos/" + photo + "/content", null, null),
                new CrossTenantCall("attachment content", "GET", "/decision-attachments/" + attachment + "/content", null, null),
                new CrossTenantCall("meeting file content", "GET", "/meetings/" + meeting + "/files/" + meetingFile, null, null),
                new CrossTenantCall("a meeting's record", "GET", "/meetings/" + meeting + "/attendance", null, null),
                new CrossTenantCall("a file for A's meeting", "POST", "/meetings/" + meeting + "/files?kind=PHOTO", "{}",
                        "/meeting-files?meeting=" + meeting),
                new CrossTenantCall("a request on A's visit", "POST", "/liaison-visits/" + visit + "/requests",
                        "{\"kind\":\"NEED\",\"matterType\":\"冒充\",\"handler\":\"村委会\"}", "/household-archives/" + visitedHousehold),
                new CrossTenantCall("a photo for A's visit", "POST", "/liaison-visits/" + visit + "/photos", "{}",
                        "/liaison-visit-photos?visit=" + visit),
                new CrossTenantCall("a visit photo's content", "GET", "/liaison-visits/" + visit + "/photos/" + photoOfVisit, null, null),
                new CrossTenantCall("a visit to A's household", "POST", "/liaison-visits",
                        "{\"householdId\":" + visitedHousehold + ",\"notes\":\"冒充\"}", "/liaison-visits?household=" + visitedHousehold),
                new CrossTenantCall("A's household archive", "GET", "/household-archives/" + visitedHousehold, null, null),
                new CrossTenantCall("confirming A's request", "POST", "/household-archives/" + visitedHousehold + "/requests/" + request
                        + "/confirmation", "{\"digits\":\"1234\"}", "/household-archives/" + visitedHousehold),
                new CrossTenantCall("a household for A's liaison", "POST", "/liaison-assignments",
                        "{\"liaisonId\":" + liaisonOfA + ",\"householdId\":" + visitedHousehold + "}", "/liaison-assignments?liaison=" + liaisonOfA),
                new CrossTenantCall("month publication", "GET", "/points-months/" + month + "/publication", null, null),
                new CrossTenantCall("balance by household id", "GET", "/points-lines/balance?household=" + carded, null, null),
                new CrossTenantCall("households of A's village", "GET", "/households?village=" + village, null, null),
                new CrossTenantCall("a household in A's village", "POST", "/households",
                        "{\"code\":\"X-" + System.nanoTime() % 100000 + "\",\"villageId\":" + village + ",\"headName\":\"入侵\"}",
                        "/households?village=" + village));
    }

    /**
     * The action endpoints and downloads, and another tenant's ids in bodies and query strings: B's
     * admin calling them on A's rows gets 404, as for rows that do not exist, and A's data is as it was.
     */
    @Test
    void actionsAndDownloadsOnTenantARowsAreNotFoundForTenantB() {
        clerkOfB();
        for (CrossTenantCall call : actionsOn(api, a)) {
            String before = call.state() == null ? null : asA("GET", "/api/t/" + a + call.state(), null).body();
            String path = "/api/t/" + b + call.path();
            if (call.body() == null && call.method().equals("GET") && !call.path().contains("?")) {
                // a download: asked for as a browser would, not as JSON
                Http.Download file = api.download(path, "admin", B_PASSWORD);
                assertEquals(404, file.status(), call.what() + " as B: " + new String(file.body(), StandardCharsets.UTF_8));
                continue;
            }
            Http.Reply asB = call.byClerk() ? api.call(call.method(), path, "clerk-of-b", "clerk-b-pass-1", call.body())
                    : asB(call.method(), path, call.body());
            if (call.path().contains("?") && call.method().equals("GET")) {
                // A's id in B's query string: as for an id that does not exist — not found, or nothing found
                assertTrue(asB.status() == 404 || asB.status() == 200 && asB.body().equals("[]"), call.what() + " as B: " + asB.body());
            } else {
                assertEquals(404, asB.status(), call.what() + " as B: " + asB.body());
            }
            if (call.state() != null) {
                assertEquals(before, asA("GET", "/api/t/" + a + call.state(), null).body(), call.what() + ": A's data unchanged");
            }
        }
    }

    /** Public boards and kiosks: another tenant's village ids and kiosk tokens open nothing, and its village's name never shows. */
    @Test
    void publicPagesAndKiosksOfOneTenantShowNothingOfAnothersVillages() {
        long village = newVillage(api, a, "公示甲村");
        String secret = asA("POST", "/api/t/" + a + "/kiosk-tokens", "{\"villageId\":" + village + ",\"label\":\"甲村\"}").json()
                .getString("secret");
        for (String page : List.of("points", "decisions", "biddings", "centres")) {
            Http.Reply shown = session().get("/t/" + b + "/public/" + page + ".xhtml?village=" + village);
            assertEquals(200, shown.status(), page);
            assertFalse(shown.body().contains("公示甲村"), "B's public " + page + " page shows A's village");
            assertTrue(shown.body().contains(page.equals("points") ? "id=\"board-missing\"" : "id=\"" + page + "-missing\""),
                    "B's public " + page + " page says there is no such village: " + shown.body());
        }
        assertEquals(401, session().get("/t/" + b + "/kiosk/" + village + "?token=" + secret).status(), "A's token on B's kiosk URL");
        assertEquals(302, session().get("/t/" + a + "/kiosk/" + village + "?token=" + secret).status(), "(the token is valid in A)");
    }

    /** Pages no other test opens: open for the tenant's admin, refused to a session of another tenant; the operator's own console. */
    @Test
    void theLedgerAuditAndKioskPagesOpenForTheirTenantOnlyAndTheConsoleForOperatorsOnly() {
        Http adminOfA = session();
        assertEquals(302, adminOfA.login("/t/" + a + "/login.xhtml", "admin", ADMIN_PASSWORD).status());
        Http adminOfB = session();
        assertEquals(302, adminOfB.login("/t/" + b + "/login.xhtml", "admin", B_PASSWORD).status());
        for (String page : List.of("ledger.xhtml", "audit.xhtml", "kiosks.xhtml")) {
            assertEquals(200, adminOfA.get("/t/" + a + "/" + page).status(), page + " for A's admin");
            assertEquals(403, adminOfB.get("/t/" + a + "/" + page).status(), page + " of A for B's admin");
        }
        Http.Reply console = adminOfA.get("/platform/tenants.xhtml");
        assertEquals(403, console.status(), "a tenant admin, signed in, is no operator");
        Http operator = session();
        assertEquals(302, operator.login("/login.xhtml", Fixtures.OPERATOR, Fixtures.OPERATOR_PASSWORD).status());
        Http.Reply tenants = operator.get("/platform/tenants.xhtml");
        assertEquals(200, tenants.status());
        assertTrue(tenants.body().contains("id=\"tenants:table\""), "the console's list of tenants");
    }

    /** Valid credentials of one tenant open nothing of another: the same username with B's password, and B's own users. */
    @Test
    void oneTenantsValidCredentialsAreRefusedOnAnotherTenantsUrls() {
        long scope = Fixtures.rootPlace(api, b, B_PASSWORD).getJsonNumber("id").longValue();
        assertEquals(201, asB("POST", "/api/t/" + b + "/users", Json.createObjectBuilder().add("username", "reviewer-of-b")
                .add("displayName", "B审核").add("role", "TENANT_ADMIN").add("scopePlaceId", scope).add("password", "reviewer-b-1")
                .build().toString()).status());
        assertEquals(200, asB("GET", "/api/t/" + b + "/places", null).status(), "B's credentials are valid in B");
        long placeOfA = createPlace(api, a);
        Map<String, String> from = Fixtures.freshClient();
        for (String path : List.of("/places", "/places/" + placeOfA, "/households", "/users", "/audit")) {
            assertEquals(401, api.call("GET", "/api/t/" + a + path, "admin", B_PASSWORD, null, from).status(),
                    "B's admin (same username, B's password) on A's " + path);
            assertEquals(401, api.call("GET", "/api/t/" + a + path, "reviewer-of-b", "reviewer-b-1", null, from).status(),
                    "B's own user on A's " + path);
        }
        Http browser = session().with("X-Forwarded-For", from.get("X-Forwarded-For"));
        assertEquals(200, browser.login("/t/" + a + "/login.xhtml", "admin", B_PASSWORD).status(), "the sign-in page refuses");
        assertEquals(302, browser.get("/t/" + a + "/index.xhtml").status(), "not signed in to A");
    }

    @Test
    void aSessionOfTenantBIsRefusedOnTenantAPagesAndSeesNoneOfAOnItsOwn() {
        long placeOfA = createPlace(api, a);
        String nameOfA = api.call("GET", "/api/t/" + a + "/places/" + placeOfA, "admin", ADMIN_PASSWORD, null)
                .json().getString("name");
        Http browserOfB = session();
        Http.Reply login = browserOfB.login("/t/" + b + "/login.xhtml", "admin", B_PASSWORD);
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
                Map.of("X-Forwarded-For", "198.51.100.77")).status());
        Http.Reply ofA = api.call("GET", "/api/t/" + a + "/sign-in-failures", "admin", ADMIN_PASSWORD, null);
        Http.Reply ofB = asB("GET", "/api/t/" + b + "/sign-in-failures", null);
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
        assertEquals(404, session().get("/tenant/platform/places.xhtml").status(),
                "tenant views are not reachable without a tenant");
    }

    /** A terminal claimed by A's admin for a new village of {@code tenant}. */
    static DeviceFixture.Claimed terminal(Http api, String tenant) {
        return DeviceFixture.claimed(api, root, tenant, "admin", ADMIN_PASSWORD, newVillage(api, tenant, "终端村"), "69", null);
    }

    /** The id of the newest row of a device's records at {@code resource}. */
    static long newestOf(Http api, String tenant, String resource, long device) {
        Http.Reply reply = api.call("GET", "/api/t/" + tenant + "/" + resource + "?device=" + device, "admin", ADMIN_PASSWORD, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long punch(Http api, String tenant) {
        DeviceFixture.Claimed device = terminal(api, tenant);
        assertEquals("OK:1", device.terminal().attlog("1", List.of("1001\t2026-12-01 08:00:00\t0\t1\t0")).text());
        return newestOf(api, tenant, "device-punches", device.id());
    }

    static long rejectedLine(Http api, String tenant) {
        DeviceFixture.Claimed device = terminal(api, tenant);
        assertEquals("OK:0", device.terminal().attlog("1", List.of("1001\t2026-02-30 08:00:00\t0\t1\t0")).text());
        return newestOf(api, tenant, "device-rejected-lines", device.id());
    }

    static long alarm(Http api, String tenant) {
        DeviceFixture.Claimed device = terminal(api, tenant);
        assertEquals("OK:1", device.terminal().operlog(List.of("OPLOG 3\t0\t2026-12-01 02:00:00\t55\t0\t0\t0")).text());
        return newestOf(api, tenant, "device-alarms", device.id());
    }

    static long devicePhoto(Http api, String tenant) {
        DeviceFixture.Claimed device = terminal(api, tenant);
        assertEquals("OK", device.terminal().photo("20261201080000-1001.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9},
                true, false).text());
        return newestOf(api, tenant, "device-photos", device.id());
    }

    static long terminalUser(Http api, String tenant) {
        return Fixtures.created(api.call("POST", "/api/t/" + tenant + "/terminal-users", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("villageId", newVillage(api, tenant, "工号村")).add("pin", "1001").add("name", "张三")
                        .build().toString()));
    }

    static long meeting(Http api, String tenant) {
        long type = api.call("POST", "/api/t/" + tenant + "/meeting-types/defaults", "admin", ADMIN_PASSWORD, null).array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        return Fixtures.created(api.call("POST", "/api/t/" + tenant + "/meetings", "admin", ADMIN_PASSWORD, Json.createObjectBuilder()
                .add("villageId", newVillage(api, tenant, "会议村")).add("typeId", type).add("startsAt", "2026-12-05T09:00")
                .add("endsAt", "2026-12-05T10:00").add("place", "村部").build().toString()));
    }

    static long bottomLine(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/rating-bottom-lines", "admin", ADMIN_PASSWORD,
                "{\"code\":\"L" + System.nanoTime() % 1_000_000 + "\",\"name\":\"严重违纪\"}"));
    }

    /** A campaign rating the branch of a new village, open from an hour ago for a day. */
    static long ratingCampaign(Http api, String tenant) {
        long branch = createBranch(api, tenant);
        long village = api.call("GET", "/api/t/" + tenant + "/party-branches/" + branch, "admin", ADMIN_PASSWORD, null).json()
                .getJsonNumber("villageId").longValue();
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).withNano(0);
        return created(api.call("POST", "/api/t/" + tenant + "/rating-campaigns", "admin", ADMIN_PASSWORD, Json.createObjectBuilder()
                .add("title", "评星").add("kind", "BRANCH").add("villageIds", Json.createArrayBuilder().add(village))
                .add("questions", Json.createArrayBuilder().add("好不好")).add("opensAt", now.minusHours(1).toString())
                .add("closesAt", now.plusDays(1).toString()).build().toString()));
    }

    static long ratingSubject(Http api, String tenant) {
        long campaign = ratingCampaign(api, tenant);
        return api.call("GET", "/api/t/" + tenant + "/rating-subjects?campaign=" + campaign, "admin", ADMIN_PASSWORD, null).array()
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long ratingVote(Http api, String tenant) {
        long subject = ratingSubject(api, tenant);
        long campaign = api.call("GET", "/api/t/" + tenant + "/rating-subjects/" + subject, "admin", ADMIN_PASSWORD, null).json()
                .getJsonNumber("campaignId").longValue();
        Http.Reply vote = api.call("POST", "/api/t/" + tenant + "/rating-campaigns/" + campaign + "/votes", "admin", ADMIN_PASSWORD,
                "{\"subjectId\":" + subject + ",\"answers\":[\"4\"]}");
        assertEquals(200, vote.status(), vote.body());
        return api.call("GET", "/api/t/" + tenant + "/rating-votes?campaign=" + campaign, "admin", ADMIN_PASSWORD, null).array()
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long consequenceRule(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/rating-consequence-rules", "admin", ADMIN_PASSWORD,
                "{\"name\":\"约谈" + System.nanoTime() % 1_000_000 + "\",\"starsFrom\":3,\"starsTo\":3,\"years\":1}"));
    }

    static long ratingProblem(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/rating-problems", "admin", ADMIN_PASSWORD,
                "{\"subjectId\":" + ratingSubject(api, tenant) + ",\"problem\":\"议事不公开\",\"promise\":\"每月公开\",\"dueOn\":\"2027-03-31\"}"));
    }

    static long meetingFile(Http api, String tenant) {
        return created(api.upload("/api/t/" + tenant + "/meetings/" + meeting(api, tenant) + "/files?kind=PHOTO&name=a.png", "admin",
                ADMIN_PASSWORD, Fixtures.PNG, "image/png"));
    }

    static long deviceCommand(Http api, String tenant) {
        DeviceFixture.Claimed device = terminal(api, tenant);
        return Fixtures.created(api.call("POST", "/api/t/" + tenant + "/devices/" + device.id() + "/check", "admin", ADMIN_PASSWORD, null));
    }

    /**
     * The device registry is a platform table naming each device's tenant: what A's terminal sends is
     * written as A's and never as B's, and B's admin can neither see, claim, move, disable nor command
     * A's device, nor put people on A's terminals.
     */
    /** The campaign trail's count of refused votes ({@code rating_refusal}, native SQL naming its tenant) counts a tenant's own campaigns only. */
    @Test
    void refusedVotesAreCountedOnlyForACampaignOfTheTenantWhosePageRefusedThem() throws SQLException {
        long campaign = ratingCampaign(api, a);
        long subject = api.call("GET", "/api/t/" + a + "/rating-subjects?campaign=" + campaign, "admin", ADMIN_PASSWORD, null).array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        Map<String, String> guess = Map.of("way", "TOKEN", "code", "NOBODY", "secret", "WRONG", "subject", Long.toString(subject), "q0", "5");
        assertTrue(api.postForm("/t/" + b + "/public/rate.xhtml?campaign=" + campaign, guess).body().contains("id=\"rate-missing\""),
                "A's campaign has no phone page under B");
        assertEquals(0, Fixtures.count("select count(*) from rating_refusal where campaign_id = " + campaign));
        assertFalse(api.postForm("/t/" + a + "/public/rate.xhtml?campaign=" + campaign, guess).body().contains("id=\"cast\""));
        assertEquals(1, Fixtures.count("select sum(attempts) from rating_refusal where campaign_id = " + campaign + " and tenant_id = "
                + Fixtures.count("select id from tenant where code = '" + a + "'")), "refused on A's own page: counted for A");
    }

    @Test
    void aTenantsDevicesWriteOnlyIntoItAndAreNotSeenClaimedOrMovedByAnother() throws SQLException {
        DeviceFixture.Claimed device = terminal(api, a);
        TerminalSimulator terminal = device.terminal();
        assertEquals("OK:2", terminal.attlog("1", List.of("1001\t2026-12-01 08:00:00\t0\t1\t0", "1002\t2026-12-01 08:00:00\t0\t1\t0")).text());
        assertEquals("OK:1", terminal.operlog(List.of("USER PIN=1003\tName=王五\tPri=0")).text());
        long idOfA = Fixtures.count("select id from tenant where code = '" + a + "'");
        assertEquals(2, Fixtures.count("select count(*) from device_punch where device_id = " + device.id() + " and tenant_id = " + idOfA));
        assertEquals(0, Fixtures.count("select count(*) from device_punch where device_id = " + device.id() + " and tenant_id <> " + idOfA),
                "A's terminal never writes into another tenant");
        long idOfB = Fixtures.count("select id from tenant where code = '" + b + "'");
        // (B's id, not "any other tenant": the test database outlives runs, and earlier runs' A tenants have their 王五)
        assertEquals(1, Fixtures.count("select count(*) from terminal_user where name = '王五' and tenant_id = " + idOfA));
        assertEquals(0, Fixtures.count("select count(*) from terminal_user where name = '王五' and tenant_id = " + idOfB));

        String inB = "/api/t/" + b + "/devices/" + device.id();
        String before = asA("GET", "/api/t/" + a + "/devices/" + device.id(), null).body();
        assertFalse(asB("GET", "/api/t/" + b + "/devices", null).body().contains(terminal.serial()), "B lists A's device");
        assertEquals(404, asB("GET", inB, null).status());
        long villageOfB = newVillageAsB("乙村");
        assertEquals(404, asB("PUT", inB, "{\"villageId\":" + villageOfB + "}").status(), "B moves A's device");
        assertEquals(404, asB("POST", inB + "/disable", null).status());
        assertEquals(404, asB("POST", inB + "/check", null).status());
        assertEquals(404, asB("GET", "/api/t/" + b + "/device-commands?device=" + device.id(), null).status());
        Http.Reply claim = asB("POST", "/api/t/" + b + "/devices", Json.createObjectBuilder().add("serialNumber", terminal.serial())
                .add("villageId", villageOfB).build().toString());
        assertEquals(409, claim.status(), claim.body());
        assertEquals("error.device.taken", claim.json().getString("error"));
        assertFalse(claim.body().contains(a), "the refusal names no tenant");
        long villageOfA = asA("GET", "/api/t/" + a + "/devices/" + device.id(), null).json().getJsonNumber("villageId").longValue();
        assertEquals(404, asB("POST", "/api/t/" + b + "/terminal-users", Json.createObjectBuilder().add("villageId", villageOfA)
                .add("pin", "66").add("name", "入侵").build().toString()).status(), "B puts a person on A's village's terminals");
        assertEquals(before.replaceAll("\"lastContact\":\"[^\"]*\"", ""), asA("GET", "/api/t/" + a + "/devices/" + device.id(), null).body()
                .replaceAll("\"lastContact\":\"[^\"]*\"", ""), "A's device unchanged");
        assertEquals("OK", terminal.getrequest().text(), "nothing was queued for A's terminal by B");
    }

    private long newVillageAsB(String name) {
        long rootOfB = Fixtures.rootPlace(api, b, B_PASSWORD).getJsonNumber("id").longValue();
        String township = Fixtures.PINGYIN.substring(0, 6) + "105000";
        long town = Fixtures.created(asB("POST", "/api/t/" + b + "/places", Json.createObjectBuilder().add("parentId", rootOfB)
                .add("level", "TOWNSHIP").add("name", "乙镇").add("divisionCode", township).build().toString()));
        return Fixtures.created(asB("POST", "/api/t/" + b + "/places", Json.createObjectBuilder().add("parentId", town)
                .add("level", "VILLAGE").add("name", name).add("divisionCode", township.substring(0, 9) + "201").build().toString()));
    }

    /** A village of the tenant with its bodies (see DecisionFixture). */
    static DecisionFixture decisions(Http api, String tenant) {
        return new DecisionFixture(api, tenant, newVillage(api, tenant, "议事村"));
    }

    static long registerMatter(Http api, String tenant) {
        DecisionFixture f = decisions(api, tenant);
        return f.matter(f.item("I" + System.nanoTime() % 1_000_000, "土地发包", f.procedure("4Y2G")), "滩地发包");
    }

    static long recordStep(Http api, String tenant) {
        DecisionFixture f = decisions(api, tenant);
        long matter = f.matter(f.item("I" + System.nanoTime() % 1_000_000, "土地发包", f.procedure("4Y2G")), "滩地发包");
        return created(f.meeting(matter, 1, LocalDate.now(), f.branchCommittee, 3, 3, 0, 0));
    }

    static long attachFile(Http api, String tenant) {
        long matter = registerMatter(api, tenant);
        return created(api.upload("/api/t/" + tenant + "/decision-attachments?matterId=" + matter + "&name=a.png", "admin",
                ADMIN_PASSWORD, Fixtures.PNG, "image/png"));
    }

    static long publishNotice(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/notices", "admin", ADMIN_PASSWORD, "{\"placeId\":"
                + newVillage(api, tenant, "公告村") + ",\"kind\":\"FINANCE\",\"title\":\"十一月财务公开\"}"));
    }

    static long attachNoticeFile(Http api, String tenant) {
        return created(api.upload("/api/t/" + tenant + "/notices/" + publishNotice(api, tenant) + "/files?name=a.png", "admin",
                ADMIN_PASSWORD, Fixtures.PNG, "image/png"));
    }

    static long openDispute(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/disputes", "admin", ADMIN_PASSWORD, "{\"villageId\":"
                + newVillage(api, tenant, "调解村") + ",\"title\":\"地界纠纷\",\"kind\":\"土地\",\"parties\":[\"张三\",\"李四\"],"
                + "\"mediator\":\"王调解\"}"));
    }

    static long holdDisputeSession(Http api, String tenant) {
        return created(api.call("POST", "/api/t/" + tenant + "/disputes/" + openDispute(api, tenant) + "/sessions", "admin",
                ADMIN_PASSWORD, "{\"heldOn\":\"" + LocalDate.now() + "\",\"notes\":\"调解\"}"));
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

    /** A seal of a new village of the tenant in a seal terminal, with users of their own. */
    static SealFixture seals(Http api, String tenant) {
        return new SealFixture(api, root, tenant, newVillage(api, tenant, "用印村"), newVillage(api, tenant, "邻村"));
    }

    static long sealTerminal(Http api, String tenant) {
        SealFixture f = seals(api, tenant);
        return f.admin("GET", "/seal-terminals", null).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("deviceId").longValue() == f.deviceId).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The first of {@code what} (documents, approvals, stamps) of an approved application that was stamped once. */
    static long sealDetail(Http api, String tenant, String what) {
        SealFixture f = seals(api, tenant);
        long application = f.approvedDaily(1, 1);
        assertEquals(200, f.terminal().stamp(1, ServerClock.now(api), "王", application, null).status());
        return f.admin("GET", "/seal-applications/" + application + "/detail", null).json().getJsonArray(what).getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    static long sealAlarm(Http api, String tenant) {
        SealFixture f = seals(api, tenant);
        assertEquals(200, f.terminal().alarm("iso-1", "LID_OPEN", ServerClock.now(api), "开盖").status());
        return f.admin("GET", "/seal-alarms", null).array().getJsonObject(0).getJsonNumber("id").longValue();
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
        return createProposal(api, tenant, YearMonth.now());
    }

    static long createProposal(Http api, String tenant, YearMonth month) {
        Http.Reply reply = api.call("POST", "/api/t/" + tenant + "/points-proposals", "admin", ADMIN_PASSWORD,
                "{\"itemId\":" + createItem(api, tenant) + ",\"householdIds\":[" + createHousehold(api, tenant)
                        + "],\"month\":\"" + month + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long createLine(Http api, String tenant) {
        return createLine(api, tenant, YearMonth.now());
    }

    static long createLine(Http api, String tenant, YearMonth month) {
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
                "{\"villageId\":" + village + ",\"month\":\"" + YearMonth.now() + "\"}");
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
        YearMonth now = YearMonth.now();
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

    static LiaisonFixture liaisons(Http api, String tenant) {
        return new LiaisonFixture(api, tenant);
    }

    static long liaisonRules(Http api, String tenant) {
        Http.Reply reply = liaisons(api, tenant).rules(12, 3);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    static long liaisonAssignment(Http api, String tenant) {
        LiaisonFixture f = liaisons(api, tenant);
        long village = newVillage(api, tenant, "联户乙村");
        String n = Long.toString(System.nanoTime() % 1_000_000);
        return created(f.assign(f.liaison(village, "HOUSEHOLD_LIAISON", "L" + n, "联户长乙"), f.household(village, "H" + n, "户主乙", null)));
    }

    static long liaisonVisit(Http api, String tenant) {
        return liaisons(api, tenant).visitWithALiaison(newVillage(api, tenant, "走访村"), Long.toString(System.nanoTime() % 1_000_000));
    }

    static long visitPhoto(Http api, String tenant) {
        return created(api.upload("/api/t/" + tenant + "/liaison-visits/" + liaisonVisit(api, tenant) + "/photos?name=a.png", "admin",
                ADMIN_PASSWORD, Fixtures.PNG, "image/png"));
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
        int lastYear = Year.now().getValue() - 1;
        long line = createLine(api, tenant, YearMonth.of(lastYear, 12));
        long household = api.call("GET", "/api/t/" + tenant + "/points-lines/" + line, "admin", ADMIN_PASSWORD, null)
                .json().getJsonNumber("householdId").longValue();
        long village = api.call("GET", "/api/t/" + tenant + "/households/" + household, "admin", ADMIN_PASSWORD, null)
                .json().getJsonNumber("villageId").longValue();
        // honours are awarded on final figures: December closed and past its objection period
        assertEquals(200, api.call("POST", "/api/t/" + tenant + "/points-months", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + village + ",\"month\":\"" + lastYear + "-12\",\"objectionDays\":1}").status());
        ServerClock.travel(api, ServerClock.now(api).plus(Duration.ofDays(2)));
        try {
            Http.Reply awarded = api.call("POST", "/api/t/" + tenant + "/points-honours", "admin", ADMIN_PASSWORD,
                    "{\"villageId\":" + village + ",\"year\":" + lastYear + "}");
            assertEquals(200, awarded.status(), awarded.body());
            return awarded.array().getJsonObject(0).getJsonNumber("id").longValue();
        } finally {
            ServerClock.backToRealTime(api);
        }
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
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
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
        } catch (SQLException e) {
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
                        .add("idempotencyKey", "iso-" + UUID.randomUUID()).build().toString()));
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
                    + YearMonth.now().minusMonths(1).atDay(15) + " 12:00:00' where id = " + redemption));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        saveShopRules(api, tenant);
        long shop = api.call("GET", "/api/t/" + tenant + "/redemptions/" + redemption, "admin", ADMIN_PASSWORD, null)
                .json().getJsonNumber("shopId").longValue();
        Http.Reply issued = api.call("POST", "/api/t/" + tenant + "/shops/" + shop + "/statements", "admin", ADMIN_PASSWORD,
                "{\"period\":\"" + YearMonth.now().minusMonths(1) + "\"}");
        assertEquals(201, issued.status(), issued.body());
        return issued.json();
    }

    static long issueStatement(Http api, String tenant) {
        return statementWithALine(api, tenant).getJsonNumber("id").longValue();
    }

    static long statementLine(Http api, String tenant) {
        return statementWithALine(api, tenant).getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A clerk of a shop of B, for the counter's calls (the admin has no counter permission). */
    private void clerkOfB() {
        long root = Fixtures.rootPlace(api, b, B_PASSWORD).getJsonNumber("id").longValue();
        long shop = created(asB("POST", "/api/t/" + b + "/shops", "{\"code\":\"B1\",\"name\":\"乙店\",\"kind\":\"PARTNER\"}"));
        long user = created(asB("POST", "/api/t/" + b + "/users", Json.createObjectBuilder().add("username", "clerk-of-b")
                .add("displayName", "乙店员").add("role", "SHOP_CLERK").add("scopePlaceId", root).add("password", "clerk-b-pass-1")
                .build().toString()));
        created(asB("POST", "/api/t/" + b + "/shop-clerks", "{\"shopId\":" + shop + ",\"userId\":" + user + "}"));
    }

    private Http.Reply asA(String method, String path, String body) {
        return api.call(method, path, "admin", ADMIN_PASSWORD, body);
    }

    private Http.Reply asB(String method, String path, String body) {
        return api.call(method, path, "admin", B_PASSWORD, body);
    }

    /** Refused as for a row that is not there (404) where the method exists, else 405 (the method exists for no row). */
    private static void assertRefused(Http.Reply reply, boolean methodExists, String what) {
        assertEquals(methodExists ? 404 : 405, reply.status(), what + ": " + reply.body());
    }

    private static long householdOfLine(Http api, String tenant, long line) {
        return api.call("GET", "/api/t/" + tenant + "/points-lines/" + line, "admin", ADMIN_PASSWORD, null).json()
                .getJsonNumber("householdId").longValue();
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
