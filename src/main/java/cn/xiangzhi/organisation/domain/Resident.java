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

/** A person living in a household. No identity-card number is kept. */
@Entity
@Table(name = "resident")
public class Resident extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "household_id", nullable = false)
    private Household household;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(length = 20)
    private String relation;

    @Column(length = 1)
    private String gender;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(length = 20)
    private String phone;

    protected Resident() {
    }

    /** {@code thisYear}: the tenant's current year (BusinessClock), which no birth year may pass. */
    public Resident(Household household, String name, String relation, String gender, Integer birthYear, String phone,
                    Year thisYear) {
        update(household, name, relation, gender, birthYear, phone, thisYear);
    }

    public final void update(Household newHousehold, String newName, String newRelation, String newGender,
                             Integer newBirthYear, String newPhone, Year thisYear) {
        if (newHousehold == null) {
            throw new DomainException("error.resident.household");
        }
        if (newName == null || newName.isBlank() || newName.strip().length() > 60) {
            throw new DomainException("error.name.required");
        }
        if (newGender != null && !newGender.isBlank() && !newGender.strip().matches("[MF]")) {
            throw new DomainException("error.resident.gender", newGender);
        }
        if (newBirthYear != null && (newBirthYear < 1900 || newBirthYear > thisYear.getValue())) {
            throw new DomainException("error.resident.birthYear", newBirthYear);
        }
        if (newPhone != null && !newPhone.isBlank() && !newPhone.strip().matches("1\\d{10}")) {
            throw new DomainException("error.user.phone", newPhone);
        }
        this.household = newHousehold;
        this.name = newName.strip();
        this.relation = newRelation == null || newRelation.isBlank() ? null : newRelation.strip();
        this.gender = newGender == null || newGender.isBlank() ? null : newGender.strip();
        this.birthYear = newBirthYear;
        this.phone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("householdId", household == null ? null : household.getId());
        state.put("name", name);
        state.put("relation", relation);
        state.put("gender", gender);
        state.put("birthYear", birthYear);
        state.put("phone", phone);
        return state;
    }

    public Household getHousehold() {
        return household;
    }

    public String getName() {
        return name;
    }

    public String getRelation() {
        return relation;
    }

    public String getGender() {
        return gender;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public String getPhone() {
        return phone;
    }
}
