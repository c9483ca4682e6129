package cn.xiangzhi.liaison.domain;

import cn.xiangzhi.organisation.domain.PartyMember;
import cn.xiangzhi.organisation.domain.Resident;
import cn.xiangzhi.platform.domain.Place;
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
 * A person of the village who looks after households (两长) or links party members (初心三人行):
 * a resident or a party member of the village, named as the organisation records them. Its row is
 * the lock two concurrent assignments to the same liaison queue on, so the limit holds.
 */
@Entity
@Table(name = "liaison")
public class Liaison extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private LiaisonKind kind;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(length = 20)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resident_id", updatable = false)
    private Resident resident;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "party_member_id", updatable = false)
    private PartyMember partyMember;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mentor_id")
    private Liaison mentor;

    @Column(name = "created_by", nullable = false, length = 120, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Liaison() {
    }

    /** A resident of {@code village} as a liaison of {@code kind}. */
    public static Liaison ofResident(Place village, LiaisonKind kind, Resident resident, String by, Instant at) {
        if (!resident.getHousehold().getVillage().isSameAs(village)) {
            throw new DomainException("error.liaison.otherVillage");
        }
        return new Liaison(village, kind, resident.getName(), resident.getPhone(), resident, null, by, at);
    }

    /** A party member of a branch of {@code village} as a liaison of {@code kind}. */
    public static Liaison ofMember(Place village, LiaisonKind kind, PartyMember member, String by, Instant at) {
        if (!member.getBranch().getVillage().isSameAs(village)) {
            throw new DomainException("error.liaison.otherVillage");
        }
        String phone = member.getResident() == null ? null : member.getResident().getPhone();
        return new Liaison(village, kind, member.getName(), phone, member.getResident(), member, by, at);
    }

    private Liaison(Place village, LiaisonKind kind, String name, String phone, Resident resident, PartyMember member, String by,
                    Instant at) {
        if (kind == null) {
            throw new DomainException("error.liaison.kind", "");
        }
        this.village = village;
        this.kind = kind;
        this.name = name;
        this.phone = phone;
        this.resident = resident;
        this.partyMember = member;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Links a party member to the committee member {@code mentor} (checked by {@link Assignments#checkMentee}). */
    public void linkTo(Liaison newMentor) {
        this.mentor = newMentor;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("kind", kind == null ? null : kind.name());
        state.put("name", name);
        state.put("mentorId", mentor == null ? null : mentor.getId());
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public LiaisonKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public Resident getResident() {
        return resident;
    }

    public PartyMember getPartyMember() {
        return partyMember;
    }

    public Liaison getMentor() {
        return mentor;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
