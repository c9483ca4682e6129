package cn.xiangzhi.platform;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import org.junit.jupiter.api.Test;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adding places over REST: a level that is blank or not a level is a 400 that says so, and nothing is added. */
class PlacesIT extends ApplicationIT {

    @Test
    void aPlaceOfABlankOrUnknownLevelIsRefusedWithAReason() {
        Http api = api();
        String code = Fixtures.openCounty(api, "plc").getString("code");
        long root = Fixtures.rootPlace(api, code).getJsonNumber("id").longValue();
        int before = api.call("GET", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD, null).array().size();
        for (String level : new String[]{" ", "HAMLET"}) {
            Http.Reply refused = api.call("POST", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD,
                    "{\"parentId\":" + root + ",\"level\":\"" + level + "\",\"name\":\"某地\",\"divisionCode\":\"370124102000\"}");
            assertEquals(400, refused.status(), "level '" + level + "': " + refused.body());
            assertTrue(refused.body().contains("error.place.childLevel"), refused.body());
        }
        assertEquals(before, api.call("GET", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD, null).array().size());
    }
}
