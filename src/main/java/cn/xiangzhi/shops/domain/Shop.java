package cn.xiangzhi.shops.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An exchange shop (积分兑换点) where households redeem their points: the village supermarket
 * (共富超市) or a partner (bank, telecom shop, filling station; its type in free text). The tenant
 * admin registers it, names the villages it serves ({@link ShopVillage}) and its clerks
 * ({@link ShopClerk}). Its code is the natural key within the tenant. A shop is never deleted —
 * redemptions name it — only deactivated.
 */
@Entity
@Table(name = "shop")
public class Shop extends TenantOwnedEntity {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{5,20}");

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ShopKind kind;

    @Column(name = "partner_type", length = 60)
    private String partnerType;

    @Column(length = 200)
    private String address;

    @Column(length = 20)
    private String phone;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, length = 120, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Shop() {
    }

    public Shop(String code, String name, ShopKind kind, String partnerType, String address, String phone, String by, Instant at) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new DomainException("error.shop.code", code);
        }
        this.code = code.strip();
        this.active = true;
        this.createdBy = by;
        this.createdAt = at;
        update(name, kind, partnerType, address, phone);
    }

    public final void update(String newName, ShopKind newKind, String newPartnerType, String newAddress, String newPhone) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 100) {
            throw new DomainException("error.name.required");
        }
        if (newKind == null) {
            throw new DomainException("error.shop.kind");
        }
        String type = blankToNull(newPartnerType);
        if (type != null && type.length() > 60) {
            throw new DomainException("error.shop.partnerType");
        }
        String cleanAddress = blankToNull(newAddress);
        if (cleanAddress != null && cleanAddress.length() > 200) {
            throw new DomainException("error.shop.address");
        }
        String cleanPhone = blankToNull(newPhone);
        if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
            throw new DomainException("error.shop.phone", cleanPhone);
        }
        this.name = newName.strip();
        this.kind = newKind;
        this.partnerType = newKind == ShopKind.PARTNER ? type : null;
        this.address = cleanAddress;
        this.phone = cleanPhone;
    }

    /** Stops redemptions at this shop; its goods, clerks and history stay. */
    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("kind", kind == null ? null : kind.name());
        state.put("partnerType", partnerType);
        state.put("address", address);
        state.put("phone", phone);
        state.put("active", active);
        return state;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ShopKind getKind() {
        return kind;
    }

    public String getPartnerType() {
        return partnerType;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
