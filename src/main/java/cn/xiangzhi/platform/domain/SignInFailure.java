package cn.xiangzhi.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One failed sign-in: the username as typed (it may not exist), the client's address and when.
 * Append-only; the throttle counts these and the tenant admin reads them. Shared platform table,
 * not multitenant: {@code scopeId} is the tenant's id, or {@value #PLATFORM} for the platform
 * operators' sign-in; every query names the scope.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    public static final long PLATFORM = 0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scope_id", nullable = false, updatable = false)
    private long scopeId;

    @Column(nullable = false, length = 60, updatable = false)
    private String username;

    @Column(nullable = false, length = 45, updatable = false)
    private String address;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected SignInFailure() {
    }

    public SignInFailure(long scopeId, String username, String address, Instant at) {
        this.scopeId = scopeId;
        this.username = clip(username, 60);
        this.address = clip(address, 45);
        this.at = at;
    }

    /** A username or address as stored: at most {@code length} characters. */
    public static String clip(String value, int length) {
        String text = value == null ? "" : value;
        return text.length() <= length ? text : text.substring(0, length);
    }
}
