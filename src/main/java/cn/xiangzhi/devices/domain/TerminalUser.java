package cn.xiangzhi.devices.domain;

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
 * A person on a village's terminals: a party member or cadre with a terminal PIN, pushed to every
 * attendance terminal of the village through the command queue ({@code DATA UPDATE USERINFO}), or
 * a user a terminal reported it holds ({@code OPERLOG USER} line). The PIN is unique per village.
 * Removing a person keeps the row (the punches name the PIN) and deletes them from the terminals.
 */
@Entity
@Table(name = "terminal_user")
public class TerminalUser extends TenantOwnedEntity {

    /** Terminal PINs: 1 to 9 digits (what the protocol's user table takes on every firmware). */
    public static final Pattern PIN = Pattern.compile("[0-9]{1,9}");
    private static final Pattern CARD = Pattern.compile("[0-9]{1,10}");

    /** Who wrote the person: the platform (pushed to terminals) or a terminal (reported). */
    public enum Origin { PLATFORM, DEVICE }

    /**
     * The person's post in the village: a party member, a village cadre or the first secretary
     * (第一书记) the county sends; cadres and first secretaries are ranked on their daily presence.
     */
    public enum Post {
        MEMBER, CADRE, FIRST_SECRETARY;

        /** Whether the person's daily presence is ranked (cadre attendance). */
        public boolean ranked() {
            return this != MEMBER;
        }
    }

    @Column(name = "village_id", nullable = false, updatable = false)
    private long villageId;

    @Column(nullable = false, updatable = false, length = 9)
    private String pin;

    @Column(nullable = false, length = 24)
    private String name;

    @Column(length = 10)
    private String card;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Post post = Post.MEMBER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Origin origin;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected TerminalUser() {
    }

    public TerminalUser(long villageId, String pin, String name, String card, Post post, Origin origin, Instant now) {
        this.villageId = villageId;
        this.pin = requirePin(pin);
        this.name = requireName(name);
        this.card = requireCard(card);
        this.post = post == null ? Post.MEMBER : post;
        this.origin = origin;
        this.createdAt = now;
    }

    public static String requirePin(String pin) {
        if (pin == null || !PIN.matcher(pin.strip()).matches()) {
            throw new DomainException("error.terminalUser.pin", pin);
        }
        return pin.strip();
    }

    /**
     * A name a terminal can show and the command channel can carry: 1 to 24 characters, no control
     * characters (a tab or a line break would smuggle fields or commands into the device's queue).
     */
    public static String requireName(String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > 24 || text.chars().anyMatch(c -> Character.isISOControl(c) || c == '=')) {
            throw new DomainException("error.terminalUser.name", name);
        }
        return text;
    }

    private static String requireCard(String card) {
        if (card == null || card.isBlank()) {
            return null;
        }
        if (!CARD.matcher(card.strip()).matches()) {
            throw new DomainException("error.terminalUser.card", card);
        }
        return card.strip();
    }

    /** New name and card; the post is kept when {@code newPost} is null. */
    public void change(String newName, String newCard, Post newPost) {
        this.name = requireName(newName);
        this.card = requireCard(newCard);
        if (newPost != null) {
            this.post = newPost;
        }
        this.origin = Origin.PLATFORM;
        this.removedAt = null;
    }

    public void remove(Instant now) {
        if (removedAt == null) {
            removedAt = now;
        }
    }

    public boolean isActive() {
        return removedAt == null;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", villageId);
        state.put("pin", pin);
        state.put("name", name);
        state.put("card", card);
        state.put("post", post == null ? null : post.name());
        state.put("removedAt", removedAt == null ? null : removedAt.toString());
        return state;
    }

    public long getVillageId() {
        return villageId;
    }

    public String getPin() {
        return pin;
    }

    public String getName() {
        return name;
    }

    public String getCard() {
        return card;
    }

    public Post getPost() {
        return post;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }
}
