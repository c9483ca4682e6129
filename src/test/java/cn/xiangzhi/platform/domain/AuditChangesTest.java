package cn.xiangzhi.platform.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditChangesTest {

    @Test
    void aChangeReadsAsFieldBeforeAndAfter() {
        assertEquals(List.of(new AuditEntry.FieldChange("name", "王五", "王六"), new AuditEntry.FieldChange("card", "", "556677")),
                AuditEntry.fieldChanges("{\"name\":{\"old\":\"王五\",\"new\":\"王六\"},\"card\":{\"old\":null,\"new\":\"556677\"}}"));
    }

    @Test
    void numbersAndEventsAreShownAndGarbageIsShownAsItIs() {
        assertEquals(List.of(new AuditEntry.FieldChange("points", "5", "8")),
                AuditEntry.fieldChanges("{\"points\":{\"old\":5,\"new\":8}}"));
        assertEquals(List.of(new AuditEntry.FieldChange("detail", "", "停用：欠费")), AuditEntry.fieldChanges("{\"detail\":\"停用：欠费\"}"));
        assertEquals(List.of(new AuditEntry.FieldChange("", "", "not json")), AuditEntry.fieldChanges("not json"));
        assertEquals(List.of(), AuditEntry.fieldChanges(null));
    }
}
