package cn.xiangzhi.seal.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.security.Role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The approval chain of an application class: the role that decides each step, in order (e.g. daily
 * service: a township reviewer; major decision: a township reviewer, then the tenant admin). Kept as
 * text ({@code TOWNSHIP_REVIEWER,TENANT_ADMIN}). A step is decided by a user of its role who applied
 * for nothing here and decided no earlier step of the same application: two approvals are two people.
 */
public record ApprovalChain(List<Role> steps) {

    /** The longest chain. */
    public static final int MAX_STEPS = 5;
    /** Roles that may decide a step (those that hold {@code seal:approve}). */
    public static final Set<Role> DECIDERS = Set.of(Role.TOWNSHIP_REVIEWER, Role.TENANT_ADMIN);

    public ApprovalChain {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.size() > MAX_STEPS || !DECIDERS.containsAll(steps)) {
            throw new DomainException("error.sealClass.chain", steps);
        }
    }

    /** A chain from its text form or a list of role names; refused (400 {@code error.sealClass.chain}) unless each is a deciding role. */
    public static ApprovalChain parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("error.sealClass.chain", "");
        }
        return of(Arrays.stream(text.split(",")).map(String::strip).toList());
    }

    public static ApprovalChain of(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("error.sealClass.chain", "");
        }
        List<Role> steps = new ArrayList<>();
        for (String role : roles) {
            try {
                steps.add(Role.valueOf(role == null ? "" : role.strip()));
            } catch (IllegalArgumentException e) {
                throw new DomainException("error.sealClass.chain", role);
            }
        }
        return new ApprovalChain(steps);
    }

    public String text() {
        return String.join(",", steps.stream().map(Role::name).toList());
    }

    public int size() {
        return steps.size();
    }

    /**
     * Checks that {@code decider} (with {@code role}) may decide step {@code step} (0-based) of an
     * application {@code applicant} made, whose earlier steps were decided by {@code earlier}.
     */
    public void checkDecider(int step, Role role, String decider, String applicant, List<String> earlier) {
        if (step >= steps.size()) {
            throw DomainException.conflict("error.sealApplication.decided");
        }
        if (role != steps.get(step)) {
            throw new DomainException("error.sealApplication.notYourStep", step + 1, steps.get(step).name());
        }
        if (decider.equals(applicant) || earlier.contains(decider)) {
            throw new DomainException("error.sealApplication.samePerson");
        }
    }
}
