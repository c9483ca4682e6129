package cn.xiangzhi.liaison.application;

import cn.xiangzhi.liaison.domain.Assignments;
import cn.xiangzhi.liaison.domain.Liaison;
import cn.xiangzhi.liaison.domain.LiaisonAssignment;
import cn.xiangzhi.liaison.domain.LiaisonKind;
import cn.xiangzhi.liaison.domain.LiaisonRules;
import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.organisation.domain.Resident;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.metrics.Tally;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.spreadsheet.SpreadsheetReader;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Assignments imported from a spreadsheet (.xlsx or .csv, first sheet), one household a row: its code
 * ({@code 户编号}), its liaison as the code of the liaison's household ({@code 联户人户编号}) and the
 * liaison's name as a resident of it ({@code 联户人}), and the liaison's role ({@code 身份}: 巷长, 联户长,
 * 党员). A resident who is no liaison yet becomes one. Every row is checked before anything is written
 * — households and people of the user's scope, one liaison per household, the tenant's limits counting
 * what is stored and what the file adds — and a file with any problem writes nothing. The write then
 * locks each liaison's row and checks the limit again, as a single assignment does.
 */
@ApplicationScoped
@Transactional
public class LiaisonImport {

    public static final int MAX_ROWS = 20_000;

    /** The columns, Chinese and English names (case and spaces do not matter). */
    enum Column {
        HOUSEHOLD("户编号", "household code"), LIAISON_HOUSEHOLD("联户人户编号", "liaison household code"), LIAISON("联户人", "liaison"),
        ROLE("身份", "role");

        final String chinese;
        final String english;

        Column(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        boolean matches(String header) {
            String cell = header == null ? "" : header.replace("\uFEFF", "").replace("*", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            return cell.equals(chinese) || cell.equals(english.replace(" ", ""));
        }
    }

    private static final Map<String, LiaisonKind> ROLES = Map.of("巷长", LiaisonKind.LANE_CHIEF, "联户长", LiaisonKind.HOUSEHOLD_LIAISON,
            "党员", LiaisonKind.PARTY_MEMBER);

    /** A problem of the file: the row Excel shows, the column, the message key and its arguments. */
    public record Problem(int row, String column, String key, List<String> args) implements Serializable {
    }

    /** What the import did (or, dry, would do); with problems nothing was written. */
    public record Result(boolean written, int liaisonsAdded, int assigned, int unchanged, List<Problem> problems) implements Serializable {
    }

    @Inject
    TenantEntityManager db;

    @Inject
    LiaisonSettings settings;

    @Inject
    BusinessClock clock;

    @Inject
    Tally tally;

    public Result run(String fileName, byte[] content, boolean dryRun) {
        UserPrincipal user = Access.require(Permission.LIAISON_MANAGE);
        SpreadsheetReader.Sheet sheet = SpreadsheetReader.read(fileName, content).get(0);
        List<Problem> problems = new ArrayList<>();
        Map<Column, Integer> at = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            for (int i = 0; i < sheet.header().size() && !at.containsKey(column); i++) {
                if (column.matches(sheet.header().get(i))) {
                    at.put(column, i);
                }
            }
            if (!at.containsKey(column)) {
                problems.add(new Problem(1, column.chinese, "error.liaisonImport.column", List.of(column.chinese)));
            }
        }
        if (sheet.rows().size() > MAX_ROWS) {
            throw new DomainException("error.liaisonImport.tooMany", MAX_ROWS);
        }
        if (!problems.isEmpty()) {
            return new Result(false, 0, 0, 0, problems);
        }
        EntityManager em = db.tenant();
        LiaisonRules.Values rules = settings.current();
        record Planned(Household household, Resident person, LiaisonKind kind, Liaison existing) {
        }
        List<Planned> plan = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Object, Integer> counts = new HashMap<>();
        int unchanged = 0;
        for (SpreadsheetReader.Row row : sheet.rows()) {
            String code = row.cell(at.get(Column.HOUSEHOLD));
            String liaisonCode = row.cell(at.get(Column.LIAISON_HOUSEHOLD));
            String name = row.cell(at.get(Column.LIAISON));
            String role = row.cell(at.get(Column.ROLE));
            Household household = one(em.createQuery("select h from Household h where h.code = :c", Household.class).setParameter("c", code)
                    .getResultList(), user);
            if (household == null) {
                problems.add(new Problem(row.number(), Column.HOUSEHOLD.chinese, "error.liaisonImport.household", List.of(code)));
                continue;
            }
            if (!seen.add(code)) {
                problems.add(new Problem(row.number(), Column.HOUSEHOLD.chinese, "error.liaisonImport.twice", List.of(code)));
                continue;
            }
            Resident person = em.createQuery("select r from Resident r where r.household.code = :c and r.name = :n", Resident.class)
                    .setParameter("c", liaisonCode).setParameter("n", name).getResultStream()
                    .filter(r -> Access.inScope(user, r.getHousehold().getVillage().getPath())).findFirst().orElse(null);
            if (person == null) {
                problems.add(new Problem(row.number(), Column.LIAISON.chinese, "error.liaisonImport.liaison", List.of(liaisonCode, name)));
                continue;
            }
            LiaisonKind kind = kindOf(role);
            if (kind == null) {
                problems.add(new Problem(row.number(), Column.ROLE.chinese, "error.liaisonImport.role", List.of(role)));
                continue;
            }
            if (!person.getHousehold().getVillage().isSameAs(household.getVillage())) {
                problems.add(new Problem(row.number(), Column.LIAISON.chinese, "error.liaison.otherVillage", List.of()));
                continue;
            }
            Liaison existing = em.createQuery("select l from Liaison l where l.resident = :r", Liaison.class).setParameter("r", person)
                    .getResultStream().findFirst().orElse(null);
            LiaisonAssignment current = em.createQuery("select a from LiaisonAssignment a where a.household = :h", LiaisonAssignment.class)
                    .setParameter("h", household).getResultStream().findFirst().orElse(null);
            if (current != null) {
                if (existing != null && current.getLiaison().getId().equals(existing.getId())) {
                    unchanged++;
                } else {
                    problems.add(new Problem(row.number(), Column.HOUSEHOLD.chinese, "error.assignment.taken",
                            List.of(code, current.getLiaison().getName())));
                }
                continue;
            }
            LiaisonKind effective = existing == null ? kind : existing.getKind();
            Object key = existing == null ? person.getId() : existing;
            int count = counts.computeIfAbsent(key, k -> existing == null ? 0 : householdsOf(existing));
            try {
                Assignments.checkHousehold(effective, count, rules);
            } catch (DomainException limit) {
                problems.add(new Problem(row.number(), Column.LIAISON.chinese, limit.key(),
                        Arrays.stream(limit.args()).map(String::valueOf).toList()));
                continue;
            }
            counts.put(key, count + 1);
            plan.add(new Planned(household, person, kind, existing));
        }
        long added = plan.stream().filter(p -> p.existing() == null).map(p -> p.person().getId()).distinct().count();
        if (!problems.isEmpty() || dryRun) {
            return new Result(false, problems.isEmpty() ? (int) added : 0, problems.isEmpty() ? plan.size() : 0, unchanged, problems);
        }
        Map<Long, Liaison> created = new HashMap<>();
        Instant now = clock.now();
        for (Planned p : plan) {
            Liaison liaison = p.existing() != null ? em.find(Liaison.class, p.existing().getId(), LockModeType.PESSIMISTIC_WRITE)
                    : created.computeIfAbsent(p.person().getId(), k -> {
                        Liaison fresh = Liaison.ofResident(p.household().getVillage(), p.kind(), p.person(), user.describe(), now);
                        em.persist(fresh);
                        return fresh;
                    });
            Assignments.checkHousehold(liaison.getKind(), householdsOf(liaison), rules);
            em.persist(new LiaisonAssignment(liaison, p.household(), user.describe(), now));
            em.flush();
        }
        tally.imported("liaison", created.size() + plan.size());
        return new Result(true, created.size(), plan.size(), unchanged, List.of());
    }

    private static LiaisonKind kindOf(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        LiaisonKind kind = ROLES.get(role.strip());
        if (kind != null) {
            return kind;
        }
        try {
            LiaisonKind named = LiaisonKind.valueOf(role.strip().toUpperCase(Locale.ROOT));
            return named == LiaisonKind.COMMITTEE_MEMBER ? null : named;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Household one(List<Household> found, UserPrincipal user) {
        return found.stream().filter(h -> Access.inScope(user, h.getVillage().getPath())).findFirst().orElse(null);
    }

    private int householdsOf(Liaison liaison) {
        return db.tenant().createQuery("select count(a) from LiaisonAssignment a where a.liaison = :l", Long.class)
                .setParameter("l", liaison).getSingleResult().intValue();
    }
}
