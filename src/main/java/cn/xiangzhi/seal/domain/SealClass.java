package cn.xiangzhi.seal.domain;

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
 * A class of seal applications, tenant data: daily service matters, general decisions, major
 * decisions (the seed's three) or the tenant's own. A class that {@link #requiresMatter} executes a
 * village decision: its applications must name the finished four-step matter. Each class has its
 * {@link ApprovalChain}.
 */
@Entity
@Table(name = "seal_class")
public class SealClass extends TenantOwnedEntity {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** The seed's classes (DOMAIN.md "Smart seal"). */
    public record Default(String code, String name, boolean requiresMatter, String chain) {
    }

    public static final List<Default> DEFAULTS = List.of(
            new Default("DAILY", "日常事务", false, "TOWNSHIP_REVIEWER"),
            new Default("GENERAL_DECISION", "一般决策事项", true, "TOWNSHIP_REVIEWER"),
            new Default("MAJOR_DECISION", "重大决策事项", true, "TOWNSHIP_REVIEWER,TENANT_ADMIN"));

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "requires_matter", nullable = false)
    private boolean requiresMatter;

    @Column(nullable = false, length = 200)
    private String chain;

    protected SealClass() {
    }

    public SealClass(String code, String name, boolean requiresMatter, ApprovalChain chain) {
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw new DomainException("error.sealClass.code", code);
        }
        this.code = c;
        rename(name);
        this.requiresMatter = requiresMatter;
        this.chain = chain.text();
    }

    public void rename(String text) {
        String n = text == null ? "" : text.strip();
        if (n.isEmpty() || n.length() > 60) {
            throw new DomainException("error.sealClass.name", text);
        }
        this.name = n;
    }

    public void change(boolean requiresMatter, ApprovalChain chain) {
        this.requiresMatter = requiresMatter;
        this.chain = chain.text();
    }

    public ApprovalChain approvalChain() {
        return ApprovalChain.parse(chain);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("requiresMatter", requiresMatter);
        state.put("chain", chain);
        return state;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isRequiresMatter() {
        return requiresMatter;
    }

    public String getChain() {
        return chain;
    }
}
