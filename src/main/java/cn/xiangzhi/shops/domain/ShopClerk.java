package cn.xiangzhi.shops.domain;

import cn.xiangzhi.platform.domain.UserAccount;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user acting as clerk (店员) of one shop: the counter redeems points for that shop only. The user
 * has the role SHOP_CLERK and is clerk of at most one shop (unique key on the user).
 */
@Entity
@Table(name = "shop_clerk")
public class ShopClerk extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "shop_id", nullable = false, updatable = false)
    private Shop shop;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount user;

    @Column(name = "assigned_by", nullable = false, length = 120, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    protected ShopClerk() {
    }

    public ShopClerk(Shop shop, UserAccount user, String by, Instant at) {
        if (user == null || user.getRole() != Role.SHOP_CLERK) {
            throw new DomainException("error.shop.clerkRole", user == null ? null : user.getUsername());
        }
        if (shop == null || !shop.isActive()) {
            throw new DomainException("error.shop.inactive");
        }
        this.shop = shop;
        this.user = user;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("shopId", shop == null ? null : shop.getId());
        state.put("userId", user == null ? null : user.getId());
        state.put("username", user == null ? null : user.getUsername());
        return state;
    }

    public Shop getShop() {
        return shop;
    }

    public UserAccount getUser() {
        return user;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
