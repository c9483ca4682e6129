package cn.xiangzhi.shared.audit;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditDiffTest {

    @Test
    void onlyChangedFieldsAreRecordedWithOldAndNewValues() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", "东关村");
        before.put("divisionCode", "370124104201");
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("name", "东关社区");
        assertEquals(Map.of("name", new Change("东关村", "东关社区")), AuditListener.diff(before, after));
    }

    @Test
    void creationRecordsEveryNonNullFieldAndDeletionEveryOldOne() {
        Map<String, Object> state = new HashMap<>();
        state.put("name", "孔村镇");
        state.put("phone", null);
        assertEquals(Map.of("name", new Change(null, "孔村镇")), AuditListener.diff(Map.of(), state));
        Map<String, Change> deleted = AuditListener.diff(state, Map.of());
        assertEquals(new Change("孔村镇", null), deleted.get("name"));
        assertTrue(AuditListener.diff(state, state).isEmpty());
    }
}
