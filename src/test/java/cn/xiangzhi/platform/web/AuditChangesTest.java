package cn.xiangzhi.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditChangesTest {

    @Test
    void aChangeReadsAsFieldBeforeAndAfter() {
        assertEquals(List.of(new AuditView.FieldChange("name", "王五", "王六"), new AuditView.FieldChange("card", "", "556677")),
                AuditView.changes("{\"name\":{\"old\":\"王五\",\"new\":\"王六\"},\"card\":{\"old\":null,\"new\":\"556677\"}}"));
    }

    @Test
    void numbersAndEventsAreShownAndGarbageIsShownAsItIs() {
        assertEquals(List.of(new AuditView.FieldChange("points", "5", "8")),
                AuditView.changes("{\"points\":{\"old\":5,\"new\":8}}"));
        assertEquals(List.of(new AuditView.FieldChange("detail", "", "停用：欠费")), AuditView.changes("{\"detail\":\"停用：欠费\"}"));
        assertEquals(List.of(new AuditView.FieldChange("", "", "not json")), AuditView.changes("not json"));
        assertEquals(List.of(), AuditView.changes(null));
    }
}
