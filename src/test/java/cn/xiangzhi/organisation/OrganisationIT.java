package cn.xiangzhi.organisation;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grids and households: the level rules, natural keys, search, and each user's village scope. */
class OrganisationIT extends ApplicationIT {

    @Test
    void householdsAreFoundByCodeOrHeadAndAVillageAdminSeesOnlyTheirVillage() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "org", "东关村", "西关村");
        String code = county.code();
        long east = county.villages()[0];
        long west = county.villages()[1];

        long grid = created(api.call("POST", "/api/t/" + code + "/grids", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + east + ",\"level\":\"VILLAGE_GRID\",\"code\":\"DG\",\"name\":\"东关村网格\"}"));
        long micro = created(api.call("POST", "/api/t/" + code + "/grids", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + east + ",\"parentId\":" + grid + ",\"level\":\"MICRO_GRID\",\"code\":\"DG-1\",\"name\":\"第一微网格\"}"));
        Http.Reply skipped = api.call("POST", "/api/t/" + code + "/grids", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + west + ",\"parentId\":" + micro + ",\"level\":\"HOUSEHOLD_GROUP\",\"code\":\"X\",\"name\":\"跨村\"}");
        assertEquals(400, skipped.status());
        assertEquals("error.grid.otherVillage", skipped.json().getString("error"));

        for (int i = 1; i <= 3; i++) {
            created(household(api, code, east, micro, "DG-" + i, "张" + i));
        }
        created(household(api, code, west, null, "XG-1", "张西"));
        Http.Reply duplicate = household(api, code, west, null, "DG-1", "重复");
        assertEquals(409, duplicate.status(), "household codes are natural keys");

        assertEquals(4, search(api, code, "admin", ADMIN_PASSWORD, "张").size(), "prefix of the head's name");
        assertEquals(List.of("DG-2"), search(api, code, "admin", ADMIN_PASSWORD, "DG-2").stream()
                .map(h -> h.getString("code")).toList());

        Http.Reply user = api.call("POST", "/api/t/" + code + "/users", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("username", "xiguan").add("displayName", "西关村信息员").add("role", "VILLAGE_ADMIN")
                        .add("scopePlaceId", west).add("password", "village-pass-1").build().toString());
        assertEquals(201, user.status(), user.body());
        List<JsonObject> seen = search(api, code, "xiguan", "village-pass-1", "");
        assertEquals(List.of("XG-1"), seen.stream().map(h -> h.getString("code")).toList(), "only their village");
        long eastHousehold = search(api, code, "admin", ADMIN_PASSWORD, "DG-1").get(0).getJsonNumber("id").longValue();
        assertEquals(404, api.call("GET", "/api/t/" + code + "/households/" + eastHousehold, "xiguan", "village-pass-1", null).status());
        assertTrue(created(household(api, code, west, null, "XG-2", "李西", "xiguan", "village-pass-1")) > 0,
                "a village admin registers households in their village");
        assertEquals(404, household(api, code, east, null, "DG-9", "越界", "xiguan", "village-pass-1").status(),
                "but not in another");
    }

    @Test
    void partyMembersBelongToABranchAndUsuallyToAResidentOfItsVillage() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "party", "东关村", "西关村");
        String code = county.code();
        long east = county.villages()[0];
        long west = county.villages()[1];
        long eastHousehold = created(household(api, code, east, null, "E-1", "赵东"));
        long westHousehold = created(household(api, code, west, null, "W-1", "钱西"));
        long eastResident = created(api.call("POST", "/api/t/" + code + "/residents", "admin", ADMIN_PASSWORD,
                "{\"householdId\":" + eastHousehold + ",\"name\":\"赵东\",\"relation\":\"户主\",\"gender\":\"M\",\"birthYear\":1968}"));
        long westResident = created(api.call("POST", "/api/t/" + code + "/residents", "admin", ADMIN_PASSWORD,
                "{\"householdId\":" + westHousehold + ",\"name\":\"钱西\"}"));
        long branch = created(api.call("POST", "/api/t/" + code + "/party-branches", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + east + ",\"code\":\"DG-PB\",\"name\":\"东关村党支部\",\"secretaryName\":\"赵东\"}"));

        long member = created(api.call("POST", "/api/t/" + code + "/party-members", "admin", ADMIN_PASSWORD,
                "{\"branchId\":" + branch + ",\"code\":\"P001\",\"name\":\"赵东\",\"residentId\":" + eastResident + ",\"joinedYear\":1995}"));
        Http.Reply elsewhere = api.call("POST", "/api/t/" + code + "/party-members", "admin", ADMIN_PASSWORD,
                "{\"branchId\":" + branch + ",\"code\":\"P002\",\"name\":\"钱西\",\"residentId\":" + westResident + "}");
        assertEquals(400, elsewhere.status());
        assertEquals("error.member.otherVillage", elsewhere.json().getString("error"));
        created(api.call("POST", "/api/t/" + code + "/party-members", "admin", ADMIN_PASSWORD,
                "{\"branchId\":" + branch + ",\"code\":\"P003\",\"name\":\"流动党员\"}"));

        assertEquals(409, api.call("DELETE", "/api/t/" + code + "/party-branches/" + branch, "admin", ADMIN_PASSWORD, null).status(),
                "a branch with members stays");
        assertEquals(409, api.call("DELETE", "/api/t/" + code + "/residents/" + eastResident, "admin", ADMIN_PASSWORD, null).status(),
                "a resident who is a member stays");
        List<JsonObject> members = api.call("GET", "/api/t/" + code + "/party-members?branch=" + branch, "admin", ADMIN_PASSWORD, null)
                .array().getValuesAs(JsonObject.class);
        assertEquals(List.of("P001", "P003"), members.stream().map(m -> m.getString("code")).toList());
        assertEquals(eastResident, members.get(0).getJsonNumber("residentId").longValue());
        assertEquals(200, api.call("GET", "/api/t/" + code + "/party-members/" + member, "admin", ADMIN_PASSWORD, null).status());
    }

    private static Http.Reply household(Http api, String code, long village, Long grid, String householdCode, String head) {
        return household(api, code, village, grid, householdCode, head, "admin", ADMIN_PASSWORD);
    }

    private static Http.Reply household(Http api, String code, long village, Long grid, String householdCode, String head,
                                        String user, String password) {
        return api.call("POST", "/api/t/" + code + "/households", user, password,
                "{\"villageId\":" + village + (grid == null ? "" : ",\"gridId\":" + grid) + ",\"code\":\"" + householdCode
                        + "\",\"headName\":\"" + head + "\"}");
    }

    private static List<JsonObject> search(Http api, String code, String user, String password, String q) {
        Http.Reply reply = api.call("GET", "/api/t/" + code + "/households?q=" + URLEncoder.encode(q,
                StandardCharsets.UTF_8), user, password, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static long created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }
}
