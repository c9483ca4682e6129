package cn.xiangzhi.platform.web;

import java.util.ArrayList;
import java.io.StringReader;
import cn.xiangzhi.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.json.JsonValue;
import jakarta.json.JsonString;
import jakarta.json.JsonReader;
import jakarta.json.JsonObject;
import jakarta.json.JsonException;
import jakarta.json.Json;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.platform.application.AuditLog;
import cn.xiangzhi.platform.domain.AuditEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The auditor's search over the audit log, paged lazily from the database. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    @Inject
    transient BusinessClock clock;


    @Inject
    transient AuditLog log;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String entityType;
    private String text;
    private List<String> entityTypes;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) log.count(filter());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

    AuditLog.Filter filter() {
        return new AuditLog.Filter(
                from == null ? null : clock.startOf(from),
                to == null ? null : clock.startOf(to.plusDays(1)),
                actor, entityType, text);
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    /** One field of an entry: its name, the value before and after (a creation has no before, a deletion no after). */
    public record FieldChange(String field, String before, String after) implements Serializable {
    }

    /** An entry's changes as rows, from the JSON the audit trail writes ({@code {field: {old, new}}} or {@code {detail}}). */
    public List<FieldChange> changesOf(AuditEntry entry) {
        return changes(entry.getChanges());
    }

    /** An entry's changes on one line, for the Excel export: {@code field: before → after; …}. */
    public String changesText(AuditEntry entry) {
        return String.join("; ", changesOf(entry).stream()
                .map(c -> (c.field().isEmpty() ? "" : c.field() + ": ") + (c.before().isEmpty() ? "" : c.before() + " → ") + c.after())
                .toList());
    }

    static List<FieldChange> changes(String json) {
        List<FieldChange> rows = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return rows;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((field, value) -> {
                if (value instanceof JsonObject change && change.containsKey("new")) {
                    rows.add(new FieldChange(field, text(change.get("old")), text(change.get("new"))));
                } else {
                    rows.add(new FieldChange(field, "", text(value)));
                }
            });
        } catch (JsonException | ClassCastException e) {
            rows.add(new FieldChange("", "", json));
        }
        return rows;
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    /** The entity's name in the page's language (its class name when the bundle has none). */
    public String entityName(String type) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "audit.entity." + type)
                .replace("audit.entity.", "");
    }

    public List<String> getEntityTypes() {
        if (entityTypes == null) {
            entityTypes = log.entityTypes();
        }
        return entityTypes;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
