package cn.xiangzhi.devices.domain;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The options block the server answers a terminal's handshake ({@code GET /iclock/cdata?options=all})
 * with, one option per line. {@code TimeZone} is the device zone's offset in hours, or in minutes
 * when it is not a whole hour (the protocol reads values beyond ±60 as minutes). Stamps are those the
 * device last reported ({@code None} when unknown: the device sends everything it has, which is
 * stored once). {@code TransFlag} uses the word form, tab-separated.
 */
public final class HandshakeOptions {

    public static final int DELAY_SECONDS = 10;
    public static final int ERROR_DELAY_SECONDS = 30;

    private HandshakeOptions() {
    }

    public static String text(String serial, String attlogStamp, String operlogStamp, ZoneId zone, Instant now) {
        return "GET OPTION FROM: " + serial + "\n"
                + "ATTLOGStamp=" + stamp(attlogStamp) + "\n"
                + "OPERLOGStamp=" + stamp(operlogStamp) + "\n"
                + "ATTPHOTOStamp=None\n"
                + "ErrorDelay=" + ERROR_DELAY_SECONDS + "\n"
                + "Delay=" + DELAY_SECONDS + "\n"
                + "TransTimes=00:00;14:05\n"
                + "TransInterval=1\n"
                + "TransFlag=TransData AttLog\tOpLog\tAttPhoto\tEnrollUser\tChgUser\tEnrollFP\tChgFP\tUserPic\n"
                + "TimeZone=" + timeZone(zone, now) + "\n"
                + "Realtime=1\n"
                + "Encrypt=None\n"
                + "ServerVer=2.4.1\n"
                + "PushProtVer=2.4.1\n";
    }

    /** The zone's offset at {@code now}: whole hours as hours, anything else in minutes. */
    public static int timeZone(ZoneId zone, Instant now) {
        int seconds = zone.getRules().getOffset(now).getTotalSeconds();
        return seconds % 3600 == 0 ? seconds / 3600 : seconds / 60;
    }

    private static String stamp(String value) {
        return value == null || value.isBlank() ? "None" : value;
    }
}
