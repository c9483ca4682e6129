package cn.xiangzhi.platform.web;

import cn.xiangzhi.shared.web.Messages;
import jakarta.faces.context.FacesContext;
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
    BusinessClock clock;


    @Inject
    AuditLog log;

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

    /** An entry's changes as rows ({@link AuditEntry#fieldChanges}). */
    public List<AuditEntry.FieldChange> changesOf(AuditEntry entry) {
        return entry.fieldChanges();
    }

    /** An entry's changes on one line, for the Excel export ({@link AuditEntry#changesText}). */
    public String changesText(AuditEntry entry) {
        return entry.changesText();
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
