package cn.xiangzhi.rating.domain;

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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One branch or party member rated in a campaign, with its name, village and township as they were
 * when the campaign was booked, and the bottom line it broke (if any), recorded by the township with
 * a note: such a subject gets at most four stars.
 */
@Entity
@Table(name = "rating_subject")
public class RatingSubject extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private RatingCampaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private SubjectKind kind;

    /** The branch's or the member's id in the organisation context. */
    @Column(name = "ref_id", nullable = false, updatable = false)
    private long refId;

    /** The branch itself, or the member's branch. */
    @Column(name = "branch_id", nullable = false, updatable = false)
    private long branchId;

    @Column(name = "village_id", nullable = false, updatable = false)
    private long villageId;

    @Column(name = "township_id", updatable = false)
    private Long townshipId;

    @Column(nullable = false, updatable = false, length = 120)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "breach_id")
    private BottomLine breach;

    @Column(name = "breach_note", length = 500)
    private String breachNote;

    protected RatingSubject() {
    }

    public RatingSubject(RatingCampaign campaign, SubjectKind kind, long refId, long branchId, long villageId, Long townshipId, String name) {
        this.campaign = campaign;
        this.kind = kind;
        this.refId = refId;
        this.branchId = branchId;
        this.villageId = villageId;
        this.townshipId = townshipId;
        this.name = name.length() > 120 ? name.substring(0, 120) : name;
    }

    /** Records that the subject broke {@code rule} (null: clears it). */
    public void breach(BottomLine rule, String note) {
        if (note != null && note.strip().length() > 500) {
            throw new DomainException("error.rating.note", 500);
        }
        this.breach = rule;
        this.breachNote = rule == null || note == null || note.isBlank() ? null : note.strip();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind == null ? null : kind.name());
        state.put("refId", refId);
        state.put("name", name);
        state.put("breach", breach == null ? null : breach.getCode());
        state.put("breachNote", breachNote);
        return state;
    }

    public RatingCampaign getCampaign() {
        return campaign;
    }

    public SubjectKind getKind() {
        return kind;
    }

    public long getRefId() {
        return refId;
    }

    public long getBranchId() {
        return branchId;
    }

    public long getVillageId() {
        return villageId;
    }

    public Long getTownshipId() {
        return townshipId;
    }

    public String getName() {
        return name;
    }

    public BottomLine getBreach() {
        return breach;
    }

    public String getBreachNote() {
        return breachNote;
    }
}
