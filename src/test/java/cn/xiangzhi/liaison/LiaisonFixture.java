package cn.xiangzhi.liaison;

import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;

/** Households, residents and liaisons of a test tenant's village, made through REST as the tenant admin. */
public final class LiaisonFixture {

    private final Http api;
    private final String tenant;

    public LiaisonFixture(Http api, String tenant) {
        this.api = api;
        this.tenant = tenant;
    }

    public Http.Reply call(String method, String path, String json) {
        return api.call(method, "/api/t/" + tenant + path, "admin", ADMIN_PASSWORD, json);
    }

    /** A household of the village; {@code phone} may be null. */
    public long household(long village, String code, String head, String phone) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("villageId", village).add("code", code).add("headName", head);
        if (phone != null) {
            body.add("phone", phone);
        }
        return Fixtures.created(call("POST", "/households", body.build().toString()));
    }

    /** A resident of a new household of the village (to become a liaison). */
    public long resident(long village, String code, String name) {
        long household = household(village, code, name, null);
        return Fixtures.created(call("POST", "/residents", Json.createObjectBuilder().add("householdId", household).add("name", name)
                .add("relation", "户主").build().toString()));
    }

    /** A resident of the village named a liaison of {@code kind}. */
    public long liaison(long village, String kind, String code, String name) {
        return Fixtures.created(call("POST", "/liaisons", Json.createObjectBuilder().add("villageId", village).add("kind", kind)
                .add("residentId", resident(village, code, name)).build().toString()));
    }

    public Http.Reply assign(long liaison, long household) {
        return call("POST", "/liaison-assignments", "{\"liaisonId\":" + liaison + ",\"householdId\":" + household + "}");
    }

    public Http.Reply visit(long household, String visitedOn, String notes, String confirmation) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("householdId", household);
        if (visitedOn != null) {
            body.add("visitedOn", visitedOn);
        }
        if (notes != null) {
            body.add("notes", notes);
        }
        if (confirmation != null) {
            body.add("confirmation", confirmation);
        }
        return call("POST", "/liaison-visits", body.build().toString());
    }

    public Http.Reply raise(long visit, String kind, String matter, String handler) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("matterType", matter);
        if (kind != null) {
            body.add("kind", kind);
        }
        if (handler != null) {
            body.add("handler", handler);
        }
        return call("POST", "/liaison-visits/" + visit + "/requests", body.build().toString());
    }

    /** The tenant's rules with {@code maxHouseholds} and the days of a complaint changed. */
    public Http.Reply rules(int maxHouseholds, int complaintDays) {
        return call("PUT", "/liaison-rules", "{\"maxHouseholds\":" + maxHouseholds + ",\"memberMin\":5,\"memberMax\":15,"
                + "\"committeeMax\":5,\"slaNeed\":7,\"slaComplaint\":" + complaintDays + ",\"slaDispute\":10,\"slaSuggestion\":15}");
    }

    /** One liaison with one household that has a phone, and a visit to it: the visit's id (for isolation tests). */
    public long visitWithALiaison(long village, String suffix) {
        long liaison = liaison(village, "LANE_CHIEF", "LC" + suffix, "巷长" + suffix);
        long household = household(village, "VH" + suffix, "户主" + suffix, "13900001234");
        Fixtures.created(assign(liaison, household));
        return Fixtures.created(visit(household, null, "走访了解情况", "1234"));
    }
}
