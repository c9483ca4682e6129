package cn.xiangzhi.organisation.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A party member of a branch. Members usually live in a household of the branch's village
 * ({@link #getResident() resident}); a member living elsewhere (流动党员) has none.
 */
@Entity
@Table(name = "party_member")
public class PartyMember extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "branch_id", nullable = false)
    private PartyBranch branch;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 60)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "resident_id")
    private Resident resident;

    @Column(name = "joined_year")
    private Integer joinedYear;

    protected PartyMember() {
    }

    public PartyMember(PartyBranch branch, String code, String name, Resident resident, Integer joinedYear, Year thisYear) {
        if (code == null || !Household.CODE.matcher(code.strip()).matches()) {
            throw new DomainException("error.grid.code", code);
        }
        this.code = code.strip();
        update(branch, name, resident, joinedYear, thisYear);
    }

    /** {@code thisYear}: the tenant's current year (BusinessClock), which no joining year may pass. */
    public final void update(PartyBranch newBranch, String newName, Resident newResident, Integer newJoinedYear, Year thisYear) {
        if (newBranch == null) {
            throw new DomainException("error.member.branch");
        }
        if (newName == null || newName.isBlank() || newName.strip().length() > 60) {
            throw new DomainException("error.name.required");
        }
        if (newResident != null && !newResident.getHousehold().getVillage().isSameAs(newBranch.getVillage())) {
            throw new DomainException("error.member.otherVillage");
        }
        if (newJoinedYear != null && (newJoinedYear < 1921 || newJoinedYear > thisYear.getValue())) {
            throw new DomainException("error.resident.birthYear", newJoinedYear);
        }
        this.branch = newBranch;
        this.name = newName.strip();
        this.resident = newResident;
        this.joinedYear = newJoinedYear;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("branchId", branch == null ? null : branch.getId());
        state.put("code", code);
        state.put("name", name);
        state.put("residentId", resident == null ? null : resident.getId());
        state.put("joinedYear", joinedYear);
        return state;
    }

    public PartyBranch getBranch() {
        return branch;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Resident getResident() {
        return resident;
    }

    public Integer getJoinedYear() {
        return joinedYear;
    }
}
