package cn.xiangzhi.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a tenant's audit log: who changed what, old → new, when. Written only by
 * {@link cn.xiangzhi.shared.audit.AuditTrail}; read-only here, never changed or deleted.
 */
@Entity
@Table(name = "audit_entry")
@ReadOnly
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
        discriminatorType = DiscriminatorType.INTEGER)
public class AuditEntry implements Serializable {

    @Id
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    private String action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    private String changes;

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getChanges() {
        return changes;
    }

    /** One field of an entry: its name, the value before and after (a creation has no before, a deletion no after). */
    public record FieldChange(String field, String before, String after) implements Serializable {
    }

    /** The changes as rows, from the JSON the audit trail writes ({@code {field: {old, new}}} or {@code {detail}}). */
    public List<FieldChange> fieldChanges() {
        return fieldChanges(changes);
    }

    /** {@link #fieldChanges()} of the stored JSON {@code changes}. */
    public static List<FieldChange> fieldChanges(String changes) {
        List<FieldChange> rows = new ArrayList<>();
        if (changes == null || changes.isBlank()) {
            return rows;
        }
        try (JsonReader reader = Json.createReader(new StringReader(changes))) {
            JsonObject object = reader.readObject();
            object.forEach((field, value) -> {
                if (value instanceof JsonObject change && change.containsKey("new")) {
                    rows.add(new FieldChange(field, text(change.get("old")), text(change.get("new"))));
                } else {
                    rows.add(new FieldChange(field, "", text(value)));
                }
            });
        } catch (JsonException | ClassCastException e) {
            rows.add(new FieldChange("", "", changes));
        }
        return rows;
    }

    /** The changes on one line: {@code field: before → after; …}. */
    public String changesText() {
        return String.join("; ", fieldChanges().stream()
                .map(c -> (c.field().isEmpty() ? "" : c.field() + ": ") + (c.before().isEmpty() ? "" : c.before() + " → ") + c.after())
                .toList());
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
