package cn.xiangzhi.platform.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.security.Credentials;
import cn.xiangzhi.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.regex.Pattern;

/**
 * A person who signs in to one tenant, with one role scoped to one place of the tenant's tree
 * (a village admin to their village, a township reviewer to their township).
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends TenantOwnedEntity {

    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,60}");
    private static final Pattern PHONE = Pattern.compile("1\\d{10}");

    @Column(nullable = false, length = 60, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @Column(length = 20)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "scope_place_id", nullable = false)
    private Place scope;

    @Column(nullable = false)
    private boolean enabled;

    @Embedded
    private Credentials credentials;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    /** {@code now}: when the account is created (the business clock). */
    public UserAccount(String username, String displayName, String phone, Role role, Place scope, char[] password, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new DomainException("error.user.username", username);
        }
        this.username = username;
        this.credentials = Credentials.of(password);
        this.enabled = true;
        this.createdAt = now;
        update(displayName, phone, role, scope);
    }

    public final void update(String newDisplayName, String newPhone, Role newRole, Place newScope) {
        if (newDisplayName == null || newDisplayName.isBlank() || newDisplayName.length() > 60) {
            throw new DomainException("error.name.required");
        }
        String cleanPhone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
        if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
            throw new DomainException("error.user.phone", cleanPhone);
        }
        if (newRole == null || newRole == Role.PLATFORM_OPERATOR) {
            throw new DomainException("error.user.role");
        }
        if (newScope == null || !newRole.mayBeScopedTo(newScope.getLevel().tier().scopeTier())) {
            throw new DomainException("error.user.scope", newRole, newScope == null ? null : newScope.getLevel());
        }
        this.displayName = newDisplayName.strip();
        this.phone = cleanPhone;
        this.role = newRole;
        this.scope = newScope;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("phone", phone);
        state.put("role", role == null ? null : role.name());
        state.put("scopePlaceId", scope == null ? null : scope.getId());
        state.put("enabled", enabled);
        return state;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPhone() {
        return phone;
    }

    public Role getRole() {
        return role;
    }

    public Place getScope() {
        return scope;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Credentials credentials() {
        return credentials;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
