package cn.xiangzhi.decisions.domain;

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

/**
 * A matter of the tenant's power list (小微权力清单; Pingyin lists 20), naming the procedure a
 * village must follow for it. Retired, never deleted: registered matters name it.
 */
@Entity
@Table(name = "power_list_item")
public class PowerListItem extends TenantOwnedEntity {

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 60)
    private String category;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private DecisionProcedure procedure;

    @Column(nullable = false)
    private boolean active;

    protected PowerListItem() {
    }

    public PowerListItem(String code, String name, String category, DecisionProcedure procedure) {
        if (code == null || !DecisionProcedure.CODE.matcher(code.strip()).matches()) {
            throw new DomainException("error.decision.itemCode", code);
        }
        this.code = code.strip();
        this.active = true;
        update(name, category, procedure);
    }

    public final void update(String newName, String newCategory, DecisionProcedure newProcedure) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 100) {
            throw new DomainException("error.name.required");
        }
        if (newProcedure == null || !newProcedure.isActive()) {
            throw new DomainException("error.decision.procedure");
        }
        this.name = newName.strip();
        this.category = newCategory == null || newCategory.isBlank() ? null : newCategory.strip();
        if (category != null && category.length() > 60) {
            throw new DomainException("error.decision.category");
        }
        this.procedure = newProcedure;
    }

    public void retire() {
        this.active = false;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("category", category);
        state.put("procedureId", procedure == null ? null : procedure.getId());
        state.put("active", active);
        return state;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public DecisionProcedure getProcedure() {
        return procedure;
    }

    public boolean isActive() {
        return active;
    }
}
