package cn.xiangzhi.organisation.domain;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/** The party branch (党支部) of a village; its code is the natural key imports match on. */
@Entity
@Table(name = "party_branch")
public class PartyBranch extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "secretary_name", length = 60)
    private String secretaryName;

    protected PartyBranch() {
    }

    public PartyBranch(Place village, String code, String name, String secretaryName) {
        if (village == null || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.grid.village");
        }
        if (code == null || !Household.CODE.matcher(code.strip()).matches()) {
            throw new DomainException("error.grid.code", code);
        }
        this.village = village;
        this.code = code.strip();
        update(name, secretaryName);
    }

    public final void update(String newName, String newSecretaryName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 100) {
            throw new DomainException("error.name.required");
        }
        this.name = newName.strip();
        this.secretaryName = newSecretaryName == null || newSecretaryName.isBlank() ? null : newSecretaryName.strip();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("code", code);
        state.put("name", name);
        state.put("secretaryName", secretaryName);
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSecretaryName() {
        return secretaryName;
    }
}
