package cn.xiangzhi.seal.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.UploadedFiles;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Set;

/**
 * The bodies seal terminals send (protocol v1), read field by field: a body that is no JSON object,
 * or a field missing or not of its kind, is refused with 400 {@code error.seal.field} naming the field,
 * so the firmware's author reads what to fix. Unknown fields are ignored (newer firmware may send more).
 */
public final class SealMessages {

    /** The largest stamp photo. */
    public static final int MAX_PHOTO_BYTES = 1024 * 1024;
    private static final Set<String> PHOTO_TYPES = Set.of(UploadedFiles.JPEG, UploadedFiles.PNG, UploadedFiles.WEBP);
    private static final JsonProvider JSON = JsonProvider.provider();

    private SealMessages() {
    }

    /** {@code {"battery": 0..100, "lid": "OPEN"|"CLOSED"}}. */
    public record Heartbeat(int battery, boolean lidOpen) {
    }

    /** {@code {"sequence": n ≥ 1, "stampedAt": ISO instant, "operator"?, "applicationId"?, "photo"?: base64}}. */
    public record Stamp(long sequence, Instant stampedAt, String operator, Long applicationId, String photoType, String photoSha256,
                        byte[] photo) {
    }

    /** {@code {"id": the device's alarm id, "kind": TAMPER|LID_OPEN|MOVED|OVER_COUNT, "occurredAt": ISO instant, "detail"?}}. */
    public record Alarm(String id, AlarmKind kind, Instant occurredAt, String detail) {
    }

    public static Heartbeat heartbeat(byte[] body) {
        JsonObject json = object(body);
        long battery = number(json, "battery", true);
        if (battery < 0 || battery > 100) {
            throw field("battery");
        }
        String lid = text(json, "lid", true, 6);
        if (!lid.equals("OPEN") && !lid.equals("CLOSED")) {
            throw field("lid");
        }
        return new Heartbeat((int) battery, lid.equals("OPEN"));
    }

    public static Stamp stamp(byte[] body) {
        JsonObject json = object(body);
        long sequence = number(json, "sequence", true);
        if (sequence < 1) {
            throw field("sequence");
        }
        Instant at = instant(json, "stampedAt");
        String operator = text(json, "operator", false, 60);
        Long application = json.containsKey("applicationId") && json.get("applicationId") != JsonValue.NULL
                ? number(json, "applicationId", true) : null;
        String photo = text(json, "photo", false, MAX_PHOTO_BYTES * 4 / 3 + 4);
        byte[] bytes = null;
        String type = null;
        if (photo != null) {
            try {
                bytes = Base64.getDecoder().decode(photo);
            } catch (IllegalArgumentException e) {
                throw field("photo");
            }
            type = UploadedFiles.typeOf(bytes);
            if (bytes.length == 0 || bytes.length > MAX_PHOTO_BYTES || type == null || !PHOTO_TYPES.contains(type)) {
                throw field("photo");
            }
        }
        return new Stamp(sequence, at, operator, application, type, bytes == null ? null : UploadedFiles.sha256(bytes), bytes);
    }

    public static Alarm alarm(byte[] body) {
        JsonObject json = object(body);
        String id = text(json, "id", true, 40);
        if (id.isBlank()) {
            throw field("id");
        }
        String kind = text(json, "kind", true, 16);
        AlarmKind alarmKind;
        try {
            alarmKind = AlarmKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw field("kind");
        }
        if (!AlarmKind.FROM_DEVICE.contains(alarmKind)) {
            throw field("kind");
        }
        return new Alarm(id.strip(), alarmKind, instant(json, "occurredAt"), text(json, "detail", false, 500));
    }

    private static JsonObject object(byte[] body) {
        try (var reader = JSON.createReader(new ByteArrayInputStream(body == null ? new byte[0] : body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw field("body");
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw field("body");
        }
    }

    private static long number(JsonObject json, String name, boolean required) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw field(name);
            }
            return 0;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw field(name);
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw field(name);
        }
    }

    private static String text(JsonObject json, String name, boolean required, int max) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw field(name);
            }
            return null;
        }
        if (!(value instanceof JsonString string) || string.getString().length() > max) {
            throw field(name);
        }
        return string.getString();
    }

    private static Instant instant(JsonObject json, String name) {
        String text = text(json, name, true, 40);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw field(name);
        }
    }

    private static DomainException field(String name) {
        return new DomainException("error.seal.field", name);
    }
}
