package cn.xiangzhi.liaison.web;

import cn.xiangzhi.liaison.application.LiaisonSettings;
import cn.xiangzhi.liaison.domain.LiaisonRules;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The "liaison rules" part of the settings page: the tenant admin edits the limits and the days per kind, saved at once. */
@Named
@ViewScoped
public class LiaisonRulesView implements Serializable {

    /** The rules in the order the page shows them (and {@link LiaisonRules.Values} takes them). */
    public static final List<String> NAMES = List.of("maxHouseholds", "memberMin", "memberMax", "committeeMax", "slaNeed", "slaComplaint",
            "slaDispute", "slaSuggestion");

    @Inject
    LiaisonSettings settings;

    private boolean defaults;
    private final Map<String, Integer> rules = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        LiaisonSettings.RulesView r = settings.get();
        defaults = r.id() == null;
        List<Integer> values = List.of(r.maxHouseholds(), r.memberMin(), r.memberMax(), r.committeeMax(), r.slaNeed(), r.slaComplaint(),
                r.slaDispute(), r.slaSuggestion());
        for (int i = 0; i < NAMES.size(); i++) {
            rules.put(NAMES.get(i), values.get(i));
        }
    }

    public void save() {
        LiaisonRules.Values values = new LiaisonRules.Values(rules.get("maxHouseholds"), rules.get("memberMin"), rules.get("memberMax"),
                rules.get("committeeMax"), rules.get("slaNeed"), rules.get("slaComplaint"), rules.get("slaDispute"),
                rules.get("slaSuggestion"));
        try {
            values.validated();
        } catch (DomainException e) {
            // the refusal names the rule by its label on this page, not by its REST name
            Object[] args = e.args();
            if (args.length > 0 && NAMES.contains(String.valueOf(args[0]))) {
                args[0] = Pages.text("liaisonRules." + args[0]);
            }
            Pages.refuse(e.key(), args);
            return;
        }
        if (Pages.run(() -> settings.update(values), "liaisonRules.saved")) {
            load();
        }
    }

    public boolean isDefaults() {
        return defaults;
    }

    public Map<String, Integer> getRules() {
        return rules;
    }

    public List<String> getNames() {
        return NAMES;
    }
}
