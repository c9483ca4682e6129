package cn.xiangzhi.rating.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A bottom-line rule (底线), tenant data: a subject that breaks it cannot get five stars whatever its
 * score (seed 003: Pandian has nine, on reserve cadres, collective income, infrastructure and the
 * cadres' discipline).
 */
@Entity
@Table(name = "rating_bottom_line")
public class BottomLine extends TenantOwnedEntity {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** Examples a tenant starts from and changes: code and name. */
    public static final Map<String, String> DEFAULTS = defaults();

    @Column(nullable = false, updatable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    protected BottomLine() {
    }

    public BottomLine(String code, String name) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new DomainException("error.rating.bottomLineCode", code);
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new DomainException("error.rating.bottomLineName", name);
        }
        this.code = code.strip();
        this.name = name.strip();
    }

    private static Map<String, String> defaults() {
        Map<String, String> seed = new LinkedHashMap<>();
        List.of("SERIOUS_VIOLATION:班子成员严重违纪违法", "UNRESOLVED_PETITION:发生越级上访或信访问题未化解",
                "NO_ORGANISATIONAL_LIFE:未按规定开展组织生活", "NO_RESERVE_CADRES:未培养村级后备力量",
                "COLLECTIVE_INCOME:村集体经济收入未达标", "SAFETY_INCIDENT:发生重大安全事故")
                .forEach(line -> seed.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1)));
        return Map.copyOf(seed);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        return state;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
