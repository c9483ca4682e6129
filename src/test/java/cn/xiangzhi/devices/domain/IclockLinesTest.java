package cn.xiangzhi.devices.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

class IclockLinesTest {

    private static String reason(IclockLines.Parsed parsed) {
        return assertInstanceOf(IclockLines.Rejected.class, parsed).reason();
    }

    @Test
    void anAttendanceLineOfFiveFieldsIsReadByPosition() {
        IclockLines.Attendance a = assertInstanceOf(IclockLines.Attendance.class,
                IclockLines.attendance("1001\t2026-12-06 08:01:02\t0\t1\t"));
        assertEquals("1001", a.pin());
        assertEquals(LocalDateTime.of(2026, 12, 6, 8, 1, 2), a.time());
        assertEquals(0, a.status());
        assertEquals(1, a.verify());
        assertNull(a.workcode());
        assertNull(a.extra());
    }

    @Test
    void sevenAndTenFieldLinesKeepTheWorkcodeAndTheFieldsBeyondIt() {
        IclockLines.Attendance seven = assertInstanceOf(IclockLines.Attendance.class,
                IclockLines.attendance("7\t2026-12-06 18:00:00\t1\t15\t3\t0\t0"));
        assertEquals("3", seven.workcode());
        assertEquals(15, seven.verify());
        assertNull(seven.extra(), "reserved fields left zero are nothing to keep");
        IclockLines.Attendance ten = assertInstanceOf(IclockLines.Attendance.class,
                IclockLines.attendance("8\t2026-12-06 18:00:00\t1\t15\t0\t0\t0\t1\t36.5\t0"));
        assertEquals("0\t0\t1\t36.5\t0", ten.extra());
    }

    @Test
    void aLineWithMoreThanTenFieldsIsNeverRejectedForIt() {
        IclockLines.Parsed parsed = IclockLines.attendance("9\t2026-12-06 18:00:00\t1\t15\t0\t0\t0\t1\t36.5\t36.6\t8\t{\"x\":1}");
        assertEquals("0\t0\t1\t36.5\t36.6\t8\t{\"x\":1}", assertInstanceOf(IclockLines.Attendance.class, parsed).extra());
    }

    @Test
    void fewerThanFiveFieldsAreTheWrongFieldCount() {
        assertEquals("device.line.fields", reason(IclockLines.attendance("1001\t2026-12-06 08:01:02\t0")));
        assertEquals("device.line.fields", reason(IclockLines.attendance("garbage")));
    }

    @Test
    void anImpossibleDateOrAMalformedTimeIsRefusedAsATime() {
        assertEquals("device.line.time", reason(IclockLines.attendance("1\t2026-02-30 08:00:00\t0\t1\t0")));
        assertEquals("device.line.time", reason(IclockLines.attendance("1\t2026-12-06 25:00:00\t0\t1\t0")));
        assertEquals("device.line.time", reason(IclockLines.attendance("1\t2026/12/06 08:00\t0\t1\t0")));
    }

    @Test
    void aPinOrStatusThatIsNoneIsRefusedWithItsReason() {
        assertEquals("device.line.pin", reason(IclockLines.attendance("\t2026-12-06 08:00:00\t0\t1\t0")));
        assertEquals("device.line.pin", reason(IclockLines.attendance("10 01\t2026-12-06 08:00:00\t0\t1\t0")));
        assertEquals("device.line.number", reason(IclockLines.attendance("1\t2026-12-06 08:00:00\tin\t1\t0")));
    }

    @Test
    void anOplogOfTypeThreeIsAnAlarmWithItsReason() {
        IclockLines.Alarm alarm = assertInstanceOf(IclockLines.Alarm.class,
                IclockLines.operation("OPLOG 3\t0\t2026-12-06 02:13:00\t55\t0\t0\t0"));
        assertEquals(55, alarm.reason());
        assertEquals(LocalDateTime.of(2026, 12, 6, 2, 13), alarm.time());
    }

    @Test
    void otherOperationsAndBiometricTemplatesAreReadButNotKept() {
        assertInstanceOf(IclockLines.Ignored.class, IclockLines.operation("OPLOG 4\t14\t2026-12-06 02:13:00\t0\t0\t0\t0"));
        assertInstanceOf(IclockLines.Ignored.class, IclockLines.operation("FP PIN=1\tFID=0\tSize=1024\tValid=1\tTMP=AAAA"));
        assertInstanceOf(IclockLines.Ignored.class, IclockLines.operation("FACE PIN=1\tFID=0\tTMP=BBBB"));
        assertEquals("device.line.unknown", reason(IclockLines.operation("WHATEVER 1")));
        assertEquals("device.line.time", reason(IclockLines.operation("OPLOG 3\t0\t2026-13-01 00:00:00\t55")));
    }

    @Test
    void aUserLineGivesPinNameAndCard() {
        IclockLines.UserInfo user = assertInstanceOf(IclockLines.UserInfo.class,
                IclockLines.operation("USER PIN=1001\tName=张三\tPri=0\tPasswd=123\tCard=8765\tGrp=1"));
        assertEquals("1001", user.pin());
        assertEquals("张三", user.name());
        assertEquals("8765", user.card());
        assertEquals("1002", assertInstanceOf(IclockLines.UserInfo.class, IclockLines.operation("USER PIN=1002\tName=\tPri=0")).name(),
                "a person without a name is shown by PIN");
        assertEquals("device.line.pin", reason(IclockLines.operation("USER Name=无工号")));
    }

    @Test
    void aCommandResultGivesItsIdAndReturnCode() {
        IclockLines.CommandResult result = assertInstanceOf(IclockLines.CommandResult.class,
                IclockLines.commandResult("ID=101&Return=-10&CMD=DATA"));
        assertEquals(101, result.id());
        assertEquals(-10, result.returnCode());
        assertEquals("DATA", result.command());
        assertEquals("device.line.command", reason(IclockLines.commandResult("ID=abc&Return=0")));
        assertEquals("device.line.command", reason(IclockLines.commandResult("Return=0&CMD=DATA")));
    }

    @Test
    void aPhotoIsTheBytesAfterTheNulAndItsNameGivesTimeAndPin() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 0, 1, 2, (byte) 0xFF, (byte) 0xD9};
        byte[] head = "PIN=20261206080102-1001.jpg\nSN=ABC\nsize=7\nCMD=uploadphoto".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 1 + jpeg.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(jpeg, 0, body, head.length + 1, jpeg.length);
        IclockLines.Photo photo = assertInstanceOf(IclockLines.Photo.class, IclockLines.photo(body));
        assertEquals("20261206080102-1001.jpg", photo.fileName());
        assertEquals("1001", photo.pin());
        assertEquals(LocalDateTime.of(2026, 12, 6, 8, 1, 2), photo.time());
        assertArrayEquals(jpeg, photo.jpeg(), "a NUL inside the JPEG is part of the image");
    }

    @Test
    void aPhotoWithoutItsNulSeparatorOrImageIsRefused() {
        assertEquals("device.photo.separator", reason(IclockLines.photo("PIN=1.jpg\nSN=A\nCMD=uploadphoto".getBytes(StandardCharsets.US_ASCII))));
        byte[] jpegWithNul = {(byte) 0xFF, (byte) 0xD8, 0, 0x10, (byte) 0xFF, (byte) 0xD9};
        byte[] head = "PIN=20261206080102-1001.jpg\nSN=A\nCMD=uploadphoto".getBytes(StandardCharsets.US_ASCII);
        byte[] joined = new byte[head.length + jpegWithNul.length];
        System.arraycopy(head, 0, joined, 0, head.length);
        System.arraycopy(jpegWithNul, 0, joined, head.length, jpegWithNul.length);
        assertEquals("device.photo.separator", reason(IclockLines.photo(joined)), "the JPEG's own NUL is no separator");
        assertEquals("device.photo.empty", reason(IclockLines.photo("PIN=1.jpg\n\0".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("device.photo.name", reason(IclockLines.photo("SN=A\n\0\1".getBytes(StandardCharsets.US_ASCII))));
    }
}
