package cn.xiangzhi.liaison.domain;

import cn.xiangzhi.centres.domain.RequestKind;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.settings.TenantSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's liaison limits and deadlines (one row per tenant; without one the seeds' {@link Values#DEFAULTS}
 * apply): households per lane chief or household liaison, the range of households per party member and
 * the party members per committee member (初心三人行), and the days a request found on a visit has
 * before it is overdue, per kind.
 */
@Entity
@Table(name = "liaison_rules")
public class LiaisonRules extends TenantOwnedEntity implements TenantSettings.Row<LiaisonRules.Values> {

    /** The rules as values; every one required. */
    public record Values(Integer maxHouseholds, Integer memberMin, Integer memberMax, Integer committeeMax, Integer slaNeed,
                         Integer slaComplaint, Integer slaDispute, Integer slaSuggestion) implements Serializable {

        /** Seed 003: 20 households each; seed 004: five party members, 5–15 households; 7, 5, 10 and 15 days. */
        public static final Values DEFAULTS = new Values(20, 5, 15, 5, 7, 5, 10, 15);

        public static final int MAX_HOUSEHOLDS = 200;
        public static final int MAX_DAYS = 365;

        /** These values if they are valid rules; otherwise a DomainException naming the first broken one. */
        public Values validated() {
            Integer[] all = {maxHouseholds, memberMin, memberMax, committeeMax, slaNeed, slaComplaint, slaDispute, slaSuggestion};
            String[] names = {"maxHouseholds", "memberMin", "memberMax", "committeeMax", "slaNeed", "slaComplaint", "slaDispute",
                    "slaSuggestion"};
            for (int i = 0; i < all.length; i++) {
                int max = i < 4 ? MAX_HOUSEHOLDS : MAX_DAYS;
                if (all[i] == null || all[i] < 1 || all[i] > max) {
                    throw new DomainException("error.liaisonRules.range", names[i], 1, max);
                }
            }
            if (memberMin > memberMax) {
                throw new DomainException("error.liaisonRules.memberRange", memberMin, memberMax);
            }
            return this;
        }

        /** The days a request of {@code kind} has before it is overdue. */
        public int days(RequestKind kind) {
            return switch (kind) {
                case NEED -> slaNeed;
                case COMPLAINT -> slaComplaint;
                case DISPUTE -> slaDispute;
                case SUGGESTION -> slaSuggestion;
            };
        }
    }

    @Column(name = "max_households", nullable = false)
    private int maxHouseholds;

    @Column(name = "member_min", nullable = false)
    private int memberMin;

    @Column(name = "member_max", nullable = false)
    private int memberMax;

    @Column(name = "committee_max", nullable = false)
    private int committeeMax;

    @Column(name = "sla_need", nullable = false)
    private int slaNeed;

    @Column(name = "sla_complaint", nullable = false)
    private int slaComplaint;

    @Column(name = "sla_dispute", nullable = false)
    private int slaDispute;

    @Column(name = "sla_suggestion", nullable = false)
    private int slaSuggestion;

    @Column(name = "updated_by", nullable = false, length = 120)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LiaisonRules() {
    }

    public LiaisonRules(Values values, String by, Instant at) {
        change(values, by, at);
    }

    @Override
    public final void change(Values values, String by, Instant at) {
        Values valid = values.validated();
        this.maxHouseholds = valid.maxHouseholds();
        this.memberMin = valid.memberMin();
        this.memberMax = valid.memberMax();
        this.committeeMax = valid.committeeMax();
        this.slaNeed = valid.slaNeed();
        this.slaComplaint = valid.slaComplaint();
        this.slaDispute = valid.slaDispute();
        this.slaSuggestion = valid.slaSuggestion();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    @Override
    public Values values() {
        return new Values(maxHouseholds, memberMin, memberMax, committeeMax, slaNeed, slaComplaint, slaDispute, slaSuggestion);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("maxHouseholds", maxHouseholds);
        state.put("memberMin", memberMin);
        state.put("memberMax", memberMax);
        state.put("committeeMax", committeeMax);
        state.put("slaNeed", slaNeed);
        state.put("slaComplaint", slaComplaint);
        state.put("slaDispute", slaDispute);
        state.put("slaSuggestion", slaSuggestion);
        return state;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
