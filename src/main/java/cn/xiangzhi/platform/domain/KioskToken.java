package cn.xiangzhi.platform.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lets the browser of one village office (村务公开一体机) show that village's public boards
 * without a login. The token itself is shown once when issued; only its SHA-256 is kept. A
 * revoked token stays on record and opens nothing.
 */
@Entity
@Table(name = "kiosk_token")
public class KioskToken extends TenantOwnedEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @Column(nullable = false, length = 60)
    private String label;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 120)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected KioskToken() {
    }

    private KioskToken(Place village, String label, String tokenHash, String issuedBy, Instant now) {
        this.village = village;
        this.label = label;
        this.tokenHash = tokenHash;
        this.issuedBy = issuedBy;
        this.issuedAt = now;
    }

    /** A new token for {@code village}; the secret is in the returned pair and nowhere else. */
    public static Issued issue(Place village, String label, String issuedBy, Instant now) {
        if (village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.kiosk.village", village.getName());
        }
        String cleanLabel = label == null || label.isBlank() ? village.getName() : label.strip();
        if (cleanLabel.length() > 60) {
            throw new DomainException("error.name.required");
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new KioskToken(village, cleanLabel, hash(secret), issuedBy, now), secret);
    }

    /** A token and its secret, right after issuing. */
    public record Issued(KioskToken token, String secret) {
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean opens(long villageId) {
        return revokedAt == null && village.getId() == villageId;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("label", label);
        state.put("revokedAt", revokedAt == null ? null : revokedAt.toString());
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public String getLabel() {
        return label;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
