package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A matter a village decides (e.g. leasing 600 mu of river-bank land), of a power-list item, run
 * through the procedure the item named when it was registered. Its steps are {@link StepRecord}s;
 * its status follows them ({@link MatterProgress}).
 */
@Entity
@Table(name = "decision_matter")
public class Matter extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private PowerListItem item;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false, updatable = false)
    private DecisionProcedure procedure;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MatterStatus status;

    @Column(name = "registered_by", nullable = false, length = 120, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected Matter() {
    }

    public Matter(Place village, PowerListItem item, String title, String description, String by, Instant at) {
        if (village == null || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.decision.village");
        }
        if (item == null || !item.isActive()) {
            throw new DomainException("error.decision.item");
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new DomainException("error.decision.title");
        }
        if (description != null && description.length() > 2000) {
            throw new DomainException("error.decision.description");
        }
        this.village = village;
        this.item = item;
        this.procedure = item.getProcedure();
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.status = MatterStatus.OPEN;
        this.registeredBy = by;
        this.registeredAt = at;
    }

    /** The status the engine computed after a step was recorded. */
    public void follow(MatterStatus newStatus) {
        this.status = newStatus;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("itemId", item == null ? null : item.getId());
        state.put("procedureId", procedure == null ? null : procedure.getId());
        state.put("title", title);
        state.put("status", status == null ? null : status.name());
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public PowerListItem getItem() {
        return item;
    }

    public DecisionProcedure getProcedure() {
        return procedure;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public MatterStatus getStatus() {
        return status;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
