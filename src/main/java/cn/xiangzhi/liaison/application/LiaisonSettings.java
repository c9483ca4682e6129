package cn.xiangzhi.liaison.application;

import cn.xiangzhi.liaison.domain.LiaisonRules;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;

/**
 * The tenant's liaison limits and deadlines ({@link LiaisonRules}): whoever sees liaisons reads them,
 * the tenant admin ({@code tenant:settings}) changes them. Without a stored row the seeds' defaults apply.
 */
@ApplicationScoped
@Transactional
public class LiaisonSettings extends TenantSettings<LiaisonRules, LiaisonRules.Values> {

    public LiaisonSettings() {
        super(LiaisonRules.class, LiaisonRules::new, LiaisonRules.Values.DEFAULTS, Permission.LIAISON_VIEW,
                Permission.TENANT_SETTINGS, "error.liaisonRules.missing");
    }

    /** The rules as REST and pages show them; {@code id} is null while the defaults apply. */
    public record RulesView(Long id, int maxHouseholds, int memberMin, int memberMax, int committeeMax, int slaNeed, int slaComplaint,
                            int slaDispute, int slaSuggestion, String updatedBy, Instant updatedAt) implements Serializable {
        static RulesView of(LiaisonRules row) {
            LiaisonRules.Values v = row == null ? LiaisonRules.Values.DEFAULTS : row.values();
            return new RulesView(row == null ? null : row.getId(), v.maxHouseholds(), v.memberMin(), v.memberMax(), v.committeeMax(),
                    v.slaNeed(), v.slaComplaint(), v.slaDispute(), v.slaSuggestion(), row == null ? null : row.getUpdatedBy(),
                    row == null ? null : row.getUpdatedAt());
        }
    }

    public RulesView get() {
        return RulesView.of(read());
    }

    public RulesView get(long id) {
        return RulesView.of(read(id));
    }

    /** Replaces all the rules; invalid ones are refused naming the first broken rule and change nothing. */
    public RulesView update(LiaisonRules.Values values) {
        return RulesView.of(replace(values));
    }
}
