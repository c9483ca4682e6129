package cn.xiangzhi.devices.domain;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TerminalCommandTest {

    private static final Instant NOW = Instant.parse("2026-12-06T00:00:00Z");

    @Test
    void aPersonIsWrittenAsOneUserinfoCommandWithoutPassword() {
        TerminalUser user = new TerminalUser(1, "1001", "张三", "8765", null, TerminalUser.Origin.PLATFORM, NOW);
        assertEquals("DATA UPDATE USERINFO PIN=1001\tName=张三\tPri=0\tPasswd=\tCard=8765\tGrp=1\tTZ=0000000000000000\tVerify=-1",
                TerminalCommand.updateUser(user).text());
        assertEquals("DATA DELETE USERINFO PIN=1001", TerminalCommand.deleteUser("1001").text());
        assertEquals("CHECK", TerminalCommand.check().text());
    }

    @Test
    void aNameOrPinThatWouldSmuggleFieldsOrCommandsIsRefused() {
        assertEquals("error.terminalUser.name", assertThrows(DomainException.class,
                () -> new TerminalUser(1, "1", "张三\nC:1:SHELL rm", null, null, TerminalUser.Origin.PLATFORM, NOW)).key());
        assertEquals("error.terminalUser.name", assertThrows(DomainException.class,
                () -> new TerminalUser(1, "1", "张三\tPri=14", null, null, TerminalUser.Origin.PLATFORM, NOW)).key());
        assertEquals("error.terminalUser.pin", assertThrows(DomainException.class,
                () -> TerminalCommand.deleteUser("1\tPIN=2")).key());
        assertEquals("error.terminalUser.pin", assertThrows(DomainException.class,
                () -> new TerminalUser(1, "1234567890", "李四", null, null, TerminalUser.Origin.PLATFORM, NOW)).key());
        assertEquals("error.terminalUser.card", assertThrows(DomainException.class,
                () -> new TerminalUser(1, "1", "李四", "12ab", null, TerminalUser.Origin.PLATFORM, NOW)).key());
    }
}
