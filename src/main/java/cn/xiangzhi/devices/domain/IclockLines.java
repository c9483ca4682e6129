package cn.xiangzhi.devices.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines attendance terminals send in the ZKTeco PUSH protocol ({@code docs/guide/terminals.md},
 * {@code DEVICES.md}): one line at a time, never failing the batch — a line is either read or
 * {@link Rejected} with the reason (a message key {@code device.line.*}), and the caller keeps the
 * rejected ones with their raw text. Fields are tab-separated; known fields are read by position,
 * the rest kept.
 */
public final class IclockLines {

    /** The device clock's format: no zone, to the second. Impossible dates (30 February) are refused. */
    public static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    /** PINs as terminals store them. */
    public static final Pattern PIN = Pattern.compile("[0-9A-Za-z]{1,24}");
    private static final Pattern PHOTO_NAME = Pattern.compile("(\\d{14})-([0-9A-Za-z]{1,24})\\.jpg");
    private static final DateTimeFormatter PHOTO_CLOCK = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private IclockLines() {
    }

    /** What reading one line gave. */
    public sealed interface Parsed permits Rejected, Attendance, Alarm, UserInfo, Ignored, CommandResult, Photo {
    }

    /** A line that could not be read; {@code reason} is a message key. */
    public record Rejected(String reason) implements Parsed {
    }

    /** An {@code ATTLOG} record: status 0 in, 1 out, 2 break-out, 3 break-in, 4 overtime-in, 5 overtime-out; verify 1 fingerprint, 3 password, 4 card, 15 face. */
    public record Attendance(String pin, LocalDateTime time, int status, int verify, String workcode, String extra) implements Parsed {
    }

    /** An {@code OPLOG} line of operation type 3: the device raised an alarm ({@code reason} 55: broken open). */
    public record Alarm(int reason, LocalDateTime time) implements Parsed {
    }

    /** A {@code USER} line: a person the terminal holds. */
    public record UserInfo(String pin, String name, String card) implements Parsed {
    }

    /** A line that was read and is not stored: other operations, biometric templates (never kept nor logged). */
    public record Ignored(String what) implements Parsed {
    }

    /** One line of a {@code devicecmd} body: the answer to command {@code id}. */
    public record CommandResult(long id, int returnCode, String command) implements Parsed {
    }

    /**
     * An {@code ATTLOG} line: {@code PIN, time, status, verify[, workcode, reserved, reserved[, ...]]}
     * — firmware sends 5, 7 or 10 fields, newer face terminals more; fewer than 5 is refused.
     */
    public static Parsed attendance(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 5) {
            return new Rejected("device.line.fields");
        }
        String pin = fields[0].strip();
        if (!PIN.matcher(pin).matches()) {
            return new Rejected("device.line.pin");
        }
        Optional<LocalDateTime> time = clock(fields[1]);
        if (time.isEmpty()) {
            return new Rejected("device.line.time");
        }
        Integer status = number(fields[2]);
        Integer verify = number(fields[3]);
        if (status == null || verify == null) {
            return new Rejected("device.line.number");
        }
        String workcode = fields[4].strip();
        if (workcode.length() > 24) {
            return new Rejected("device.line.workcode");
        }
        String extra = fields.length > 5 ? String.join("\t", Arrays.copyOfRange(fields, 5, fields.length)) : null;
        if (extra != null && (extra.isBlank() || extra.chars().allMatch(c -> c == '\t' || c == '0' || c == ' '))) {
            extra = null; // reserved fields left empty or zero: nothing to keep
        }
        if (extra != null && extra.length() > 500) {
            return new Rejected("device.line.tooLong");
        }
        return new Attendance(pin, time.get(), status, verify, workcode.isEmpty() ? null : workcode, extra);
    }

    /**
     * An {@code OPERLOG} line: {@code OPLOG type\tadmin\ttime\tvalue1...} (type 3 is an alarm,
     * value1 its reason), {@code USER PIN=..\tName=..}, {@code FP PIN=..}, {@code FACE PIN=..},
     * and other template lines, which are read and not kept.
     */
    public static Parsed operation(String line) {
        if (line.startsWith("OPLOG ")) {
            String[] fields = line.substring(6).split("\t", -1);
            if (fields.length < 3) {
                return new Rejected("device.line.fields");
            }
            Integer type = number(fields[0]);
            if (type == null) {
                return new Rejected("device.line.number");
            }
            Optional<LocalDateTime> time = clock(fields[2]);
            if (time.isEmpty()) {
                return new Rejected("device.line.time");
            }
            if (type != 3) {
                return new Ignored("OPLOG " + type);
            }
            Integer reason = fields.length > 3 ? number(fields[3]) : null;
            if (reason == null) {
                return new Rejected("device.line.number");
            }
            return new Alarm(reason, time.get());
        }
        if (line.startsWith("USER ")) {
            Map<String, String> values = pairs(line.substring(5), "\t");
            String pin = values.getOrDefault("PIN", "").strip();
            if (!TerminalUser.PIN.matcher(pin).matches()) {
                return new Rejected("device.line.pin");
            }
            String name = values.getOrDefault("Name", "").strip();
            if (name.length() > 24 || name.chars().anyMatch(Character::isISOControl)) {
                return new Rejected("device.line.name");
            }
            String card = values.getOrDefault("Card", "").strip();
            return new UserInfo(pin, name.isEmpty() ? pin : name, card.matches("[0-9]{1,10}") ? card : null);
        }
        for (String template : new String[]{"FP ", "FACE ", "BIOPHOTO ", "USERPIC ", "BIODATA "}) {
            if (line.startsWith(template)) {
                return new Ignored(template.strip());
            }
        }
        return new Rejected("device.line.unknown");
    }

    /** A {@code devicecmd} line: {@code ID=101&Return=0&CMD=DATA}. */
    public static Parsed commandResult(String line) {
        Map<String, String> values = pairs(line, "&");
        String id = values.get("ID");
        Integer code = values.containsKey("Return") ? number(values.get("Return")) : null;
        if (id == null || !id.strip().matches("[0-9]{1,18}") || code == null) {
            return new Rejected("device.line.command");
        }
        return new CommandResult(Long.parseLong(id.strip()), code, values.getOrDefault("CMD", ""));
    }

    /** A photo upload: text lines {@code PIN=<time>-<pin>.jpg}, {@code SN=}, {@code size=}, {@code CMD=uploadphoto}, a NUL byte, then the JPEG. */
    public record Photo(String fileName, String pin, LocalDateTime time, byte[] jpeg) implements Parsed {
    }

    /** The photo in {@code body}, or the reason it is none (no NUL separator, no file name, no image). */
    public static Parsed photo(byte[] body) {
        int nul = -1;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                nul = i;
                break;
            }
        }
        if (nul < 0 || !text(body, nul)) {
            // no NUL at all, or the first one inside the image: the header ran straight into the JPEG
            return new Rejected("device.photo.separator");
        }
        Map<String, String> header = pairs(new String(body, 0, nul, StandardCharsets.US_ASCII), "\n");
        String fileName = header.getOrDefault("PIN", "").strip();
        if (fileName.isEmpty() || fileName.length() > 80 || !fileName.matches("[0-9A-Za-z._-]+")) {
            return new Rejected("device.photo.name");
        }
        byte[] jpeg = Arrays.copyOfRange(body, nul + 1, body.length);
        if (jpeg.length == 0) {
            return new Rejected("device.photo.empty");
        }
        Matcher name = PHOTO_NAME.matcher(fileName);
        LocalDateTime time = null;
        String pin = null;
        if (name.matches()) {
            try {
                time = LocalDateTime.parse(name.group(1), PHOTO_CLOCK);
                pin = name.group(2);
            } catch (DateTimeParseException e) {
                time = null;
            }
        }
        return new Photo(fileName, pin, time, jpeg);
    }

    /** Whether the first {@code length} bytes are header text: printable ASCII and line breaks, as before the separator. */
    private static boolean text(byte[] body, int length) {
        for (int i = 0; i < length; i++) {
            int b = body[i] & 0xFF;
            if (b >= 0x7F || b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A device clock time, or empty when it is none (or an impossible date). */
    public static Optional<LocalDateTime> clock(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), CLOCK));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Integer number(String text) {
        String value = text.strip();
        if (!value.matches("-?[0-9]{1,9}")) {
            return null;
        }
        return Integer.parseInt(value);
    }

    /** {@code key=value} pairs separated by {@code separator} (a regex literal); lines are stripped of {@code \r}. */
    static Map<String, String> pairs(String text, String separator) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : text.split(Pattern.quote(separator))) {
            String pair = part.replace("\r", "");
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.putIfAbsent(pair.substring(0, equals).strip(), pair.substring(equals + 1));
            }
        }
        return values;
    }
}
