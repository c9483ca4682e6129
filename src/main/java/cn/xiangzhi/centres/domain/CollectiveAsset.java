package cn.xiangzhi.centres.domain;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A line of the village's collective assets register (三资台账): land, a building, equipment — how much, and its book value. */
@Entity
@Table(name = "collective_asset")
public class CollectiveAsset extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssetKind kind;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal quantity;

    @Column(nullable = false, length = 20)
    private String unit;

    @Column(name = "value_yuan", precision = 16, scale = 2)
    private BigDecimal value;

    protected CollectiveAsset() {
    }

    public CollectiveAsset(Place village, String name, AssetKind kind, BigDecimal quantity, String unit, BigDecimal value) {
        if (kind == null) {
            throw new DomainException("error.asset.kind", (Object) null);
        }
        if (quantity == null || quantity.signum() <= 0) {
            throw new DomainException("error.asset.quantity", quantity);
        }
        if (value != null && value.signum() < 0) {
            throw new DomainException("error.asset.value", value);
        }
        this.village = village;
        this.name = Texts.required(name, 200, "error.asset.name");
        this.kind = kind;
        this.quantity = quantity;
        this.unit = Texts.required(unit, 20, "error.asset.unit");
        this.value = value;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("name", name);
        state.put("kind", kind == null ? null : kind.name());
        state.put("quantity", quantity == null ? null : quantity.toPlainString());
        state.put("unit", unit);
        state.put("value", value == null ? null : value.toPlainString());
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public String getName() {
        return name;
    }

    public AssetKind getKind() {
        return kind;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getValue() {
        return value;
    }
}
