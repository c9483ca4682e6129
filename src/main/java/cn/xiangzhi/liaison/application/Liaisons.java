package cn.xiangzhi.liaison.application;

import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.liaison.domain.Assignments;
import cn.xiangzhi.liaison.domain.Liaison;
import cn.xiangzhi.liaison.domain.LiaisonAssignment;
import cn.xiangzhi.liaison.domain.LiaisonKind;
import cn.xiangzhi.liaison.domain.LiaisonRules;
import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.organisation.domain.PartyMember;
import cn.xiangzhi.organisation.domain.Resident;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.Masks;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who looks after whom (issue 18 point 1): liaisons named from the residents and party members of a
 * village, households assigned to them within the tenant's limits, party members linked to a
 * committee member, and the households no one looks after yet.
 *
 * <p>Lock order: an assignment locks the liaison's row first (PESSIMISTIC_WRITE), then counts its
 * households; linking a party member locks the mentor's row first. Two concurrent assignments to one
 * liaison therefore count each other, and the limit holds; two to one household meet at its unique key.
 */
@ApplicationScoped
@Transactional
public class Liaisons {

    /** The most households one list of households without a liaison shows. */
    public static final int MAX_LISTED = 500;

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    LiaisonSettings settings;

    @Inject
    BusinessClock clock;

    @Inject
    ServiceRequests requests;

    public record LiaisonView(long id, long villageId, String villageName, LiaisonKind kind, String name, String phone, Long residentId,
                              Long partyMemberId, Long mentorId, String mentorName, int households, int maxHouseholds,
                              int minHouseholds, int members) implements Serializable {

        /** A party member with fewer households than 初心三人行 asks for. */
        public boolean isBelowMinimum() {
            return households < minHouseholds;
        }
    }

    public record AssignmentView(long id, long liaisonId, String liaisonName, long householdId, String householdCode, String headName,
                                 long villageId, String assignedBy, Instant assignedAt) implements Serializable {
        static AssignmentView of(LiaisonAssignment a) {
            return new AssignmentView(a.getId(), a.getLiaison().getId(), a.getLiaison().getName(), a.getHousehold().getId(),
                    a.getHousehold().getCode(), a.getHousehold().getHeadName(), a.getHousehold().getVillage().getId(),
                    a.getAssignedBy(), a.getAssignedAt());
        }
    }

    /** A household without a liaison. */
    public record HouseholdLine(long id, String code, String headName, String address) implements Serializable {
    }

    /** Someone of the village who may become a liaison: {@code R12} (a resident) or {@code M5} (a party member), and a label. */
    public record Candidate(String key, String label) implements Serializable {
    }

    /** The liaisons of a village (or of every village of the reader's scope), by village and name. */
    public List<LiaisonView> liaisons(Long villageId) {
        UserPrincipal user = Access.require(Permission.LIAISON_VIEW);
        EntityManager em = db.tenant();
        var liaisons = em.createQuery("select l from Liaison l where l.village.path like :scope"
                        + (villageId == null ? "" : " and l.village.id = :village") + " order by l.village.name, l.name, l.id", Liaison.class)
                .setParameter("scope", user.scopePath() + "%");
        if (villageId != null) {
            liaisons = liaisons.setParameter("village", villageId);
        }
        List<Liaison> rows = liaisons.setMaxResults(5000).getResultList();
        Map<Long, Integer> households = counts(em.createQuery("select a.liaison.id, count(a) from LiaisonAssignment a"
                + " where a.liaison.village.path like :scope group by a.liaison.id", Object[].class)
                .setParameter("scope", user.scopePath() + "%").getResultList());
        Map<Long, Integer> members = counts(em.createQuery("select l.mentor.id, count(l) from Liaison l"
                + " where l.mentor is not null and l.village.path like :scope group by l.mentor.id", Object[].class)
                .setParameter("scope", user.scopePath() + "%").getResultList());
        LiaisonRules.Values rules = settings.current();
        return rows.stream().map(l -> view(l, households.getOrDefault(l.getId(), 0), members.getOrDefault(l.getId(), 0), rules)).toList();
    }

    public LiaisonView liaison(long id) {
        Liaison liaison = visible(id, Permission.LIAISON_VIEW);
        return view(liaison, (int) householdsOf(liaison), (int) membersOf(liaison), settings.current());
    }

    /**
     * Names a resident ({@code residentId}) or a party member ({@code partyMemberId}) of the village a
     * liaison of {@code kind}; a party member may be linked to a committee member ({@code mentorId}).
     */
    public LiaisonView add(Long villageId, LiaisonKind kind, Long residentId, Long partyMemberId, Long mentorId) {
        UserPrincipal user = Access.require(Permission.LIAISON_MANAGE);
        EntityManager em = db.tenant();
        Place village = village(villageId, Permission.LIAISON_MANAGE);
        if (kind == null) {
            throw new DomainException("error.liaison.kind", "");
        }
        if ((residentId == null) == (partyMemberId == null)) {
            throw new DomainException("error.liaison.person");
        }
        Liaison liaison;
        if (residentId != null) {
            Resident resident = em.find(Resident.class, residentId);
            if (resident == null) {
                throw new NotFoundException("Resident", residentId);
            }
            if (!em.createQuery("select l from Liaison l where l.resident = :r", Liaison.class).setParameter("r", resident)
                    .getResultList().isEmpty()) {
                throw DomainException.conflict("error.liaison.taken", resident.getName());
            }
            liaison = Liaison.ofResident(village, kind, resident, user.describe(), clock.now());
        } else {
            PartyMember member = em.find(PartyMember.class, partyMemberId);
            if (member == null) {
                throw new NotFoundException("PartyMember", partyMemberId);
            }
            boolean taken = !em.createQuery("select l from Liaison l where l.partyMember = :m or (l.resident is not null and l.resident = :r)",
                    Liaison.class).setParameter("m", member).setParameter("r", member.getResident()).getResultList().isEmpty();
            if (taken) {
                throw DomainException.conflict("error.liaison.taken", member.getName());
            }
            liaison = Liaison.ofMember(village, kind, member, user.describe(), clock.now());
        }
        if (mentorId != null) {
            Liaison mentor = em.find(Liaison.class, mentorId, LockModeType.PESSIMISTIC_WRITE);
            if (mentor == null) {
                throw new NotFoundException("Liaison", mentorId);
            }
            Assignments.checkMentee(kind, mentor.getKind(), mentor.getVillage().isSameAs(village), (int) membersOf(mentor), settings.current());
            liaison.linkTo(mentor);
        }
        em.persist(liaison);
        em.flush();
        return view(liaison, 0, 0, settings.current());
    }

    /**
     * Assigns a household of the liaison's village to the liaison: refused (409) when the household has a
     * liaison already, or when the liaison has reached the limit of its kind — the message names the limit.
     */
    public AssignmentView assign(Long liaisonId, Long householdId) {
        UserPrincipal user = Access.require(Permission.LIAISON_MANAGE);
        if (liaisonId == null) {
            throw new DomainException("error.assignment.liaison", "");
        }
        if (householdId == null) {
            throw new DomainException("error.assignment.household", "");
        }
        EntityManager em = db.tenant();
        Liaison liaison = em.find(Liaison.class, liaisonId, LockModeType.PESSIMISTIC_WRITE);
        if (liaison == null || !Access.inScope(user, liaison.getVillage().getPath())) {
            throw new NotFoundException("Liaison", liaisonId);
        }
        Household household = em.find(Household.class, householdId);
        if (household == null || !Access.inScope(user, household.getVillage().getPath())) {
            throw new NotFoundException("Household", householdId);
        }
        List<LiaisonAssignment> current = em.createQuery("select a from LiaisonAssignment a where a.household = :h", LiaisonAssignment.class)
                .setParameter("h", household).getResultList();
        if (!current.isEmpty()) {
            throw DomainException.conflict("error.assignment.taken", household.getCode(), current.get(0).getLiaison().getName());
        }
        Assignments.checkHousehold(liaison.getKind(), (int) householdsOf(liaison), settings.current());
        LiaisonAssignment assignment = new LiaisonAssignment(liaison, household, user.describe(), clock.now());
        em.persist(assignment);
        em.flush();
        return AssignmentView.of(assignment);
    }

    /** The households of a liaison, or every assignment of a village, by household code. */
    public List<AssignmentView> assignments(Long liaisonId, Long villageId) {
        UserPrincipal user = Access.require(Permission.LIAISON_VIEW);
        var query = db.tenant().createQuery("select a from LiaisonAssignment a where a.liaison.village.path like :scope"
                        + (liaisonId == null ? "" : " and a.liaison.id = :liaison") + (villageId == null ? "" : " and a.liaison.village.id = :village")
                        + " order by a.household.code", LiaisonAssignment.class)
                .setParameter("scope", user.scopePath() + "%").setMaxResults(5000);
        if (liaisonId != null) {
            query.setParameter("liaison", liaisonId);
        }
        if (villageId != null) {
            query.setParameter("village", villageId);
        }
        return query.getResultStream().map(AssignmentView::of).toList();
    }

    public AssignmentView assignment(long id) {
        return AssignmentView.of(Access.findInScope(db.tenant(), LiaisonAssignment.class, id, Permission.LIAISON_VIEW,
                a -> a.getLiaison().getVillage().getPath()));
    }

    /** Takes a household from its liaison (it is then listed as without one). */
    public void unassign(long id) {
        db.tenant().remove(Access.findInScope(db.tenant(), LiaisonAssignment.class, id, Permission.LIAISON_MANAGE,
                a -> a.getLiaison().getVillage().getPath()));
    }

    /** The households of a village without a liaison, by code, at most {@link #MAX_LISTED}. */
    public List<HouseholdLine> unassigned(long villageId) {
        Place village = village(villageId, Permission.LIAISON_VIEW);
        return db.tenant().createQuery("select h from Household h where h.village = :v and not exists"
                        + " (select a from LiaisonAssignment a where a.household = h) order by h.code", Household.class)
                .setParameter("v", village).setMaxResults(MAX_LISTED).getResultStream()
                .map(h -> new HouseholdLine(h.getId(), h.getCode(), h.getHeadName(), h.getAddress())).toList();
    }

    /** How many households of the reader's scope have no liaison. */
    public long countUnassigned() {
        UserPrincipal user = Access.require(Permission.LIAISON_VIEW);
        return db.tenant().createQuery("select count(h) from Household h where h.village.path like :scope and not exists"
                        + " (select a from LiaisonAssignment a where a.household = h)", Long.class)
                .setParameter("scope", user.scopePath() + "%").getSingleResult();
    }

    /** The residents and party members of a village who are no liaison yet, for the page's picker. */
    public List<Candidate> candidates(long villageId) {
        Place village = village(villageId, Permission.LIAISON_MANAGE);
        EntityManager em = db.tenant();
        List<Candidate> people = new ArrayList<>();
        em.createQuery("select m from PartyMember m where m.branch.village = :v and not exists"
                        + " (select l from Liaison l where l.partyMember = m) order by m.name", PartyMember.class)
                .setParameter("v", village).setMaxResults(2000).getResultStream()
                .forEach(m -> people.add(new Candidate("M" + m.getId(), m.getName())));
        em.createQuery("select r from Resident r where r.household.village = :v and not exists"
                        + " (select l from Liaison l where l.resident = r) order by r.name", Resident.class)
                .setParameter("v", village).setMaxResults(5000).getResultStream()
                .forEach(r -> people.add(new Candidate("R" + r.getId(), r.getName() + "（" + r.getHousehold().getCode() + "）")));
        return people;
    }

    /** A lane chief (or another liaison) on the village's board: the name, the role, and the households' heads masked. */
    public record KioskLiaison(String name, LiaisonKind kind, List<String> households) implements Serializable {

        /** The households' heads, masked, in one line. */
        public String heads() {
            return String.join("、", households);
        }
    }

    /** The village's board (the kiosk; no sign-in): its liaisons with their households, and the month's requests found on visits and done. */
    public record KioskBoard(List<KioskLiaison> liaisons, YearMonth month, List<ServiceRequests.PublicOutcome> solved)
            implements Serializable {
    }

    /** The board of a village the kiosk's token opened: at most {@code max} liaisons and solved requests. */
    public KioskBoard kiosk(long villageId, int max) {
        EntityManager em = db.tenant();
        Map<Long, List<String>> households = new HashMap<>();
        em.createQuery("select a from LiaisonAssignment a where a.liaison.village.id = :v order by a.household.code", LiaisonAssignment.class)
                .setParameter("v", villageId).setMaxResults(max * 20).getResultStream()
                .forEach(a -> households.computeIfAbsent(a.getLiaison().getId(), k -> new ArrayList<>()).add(Masks.name(a.getHousehold().getHeadName())));
        List<KioskLiaison> liaisons = em.createQuery("select l from Liaison l where l.village.id = :v and l.kind <> :committee"
                        + " order by l.kind, l.name", Liaison.class)
                .setParameter("v", villageId).setParameter("committee", LiaisonKind.COMMITTEE_MEMBER).setMaxResults(max).getResultStream()
                .map(l -> new KioskLiaison(l.getName(), l.getKind(), households.getOrDefault(l.getId(), List.of()))).toList();
        YearMonth month = clock.month();
        return new KioskBoard(liaisons, month, requests.doneFoundOnVisits(villageId, month.atDay(1), month.atEndOfMonth(), max));
    }

    /** The liaison of a household, if it has one (for the archive; the caller checked the household's scope). */
    LiaisonView liaisonOf(Household household) {
        return db.tenant().createQuery("select a.liaison from LiaisonAssignment a where a.household = :h", Liaison.class)
                .setParameter("h", household).getResultStream().findFirst()
                .map(l -> view(l, (int) householdsOf(l), (int) membersOf(l), settings.current())).orElse(null);
    }

    private LiaisonView view(Liaison l, int households, int members, LiaisonRules.Values rules) {
        return new LiaisonView(l.getId(), l.getVillage().getId(), l.getVillage().getName(), l.getKind(), l.getName(),
                Masks.phone(l.getPhone()), l.getResident() == null ? null : l.getResident().getId(),
                l.getPartyMember() == null ? null : l.getPartyMember().getId(), l.getMentor() == null ? null : l.getMentor().getId(),
                l.getMentor() == null ? null : l.getMentor().getName(), households, l.getKind().maxHouseholds(rules),
                l.getKind().minHouseholds(rules), members);
    }

    private long householdsOf(Liaison liaison) {
        return db.tenant().createQuery("select count(a) from LiaisonAssignment a where a.liaison = :l", Long.class)
                .setParameter("l", liaison).getSingleResult();
    }

    private long membersOf(Liaison liaison) {
        return db.tenant().createQuery("select count(l) from Liaison l where l.mentor = :m", Long.class)
                .setParameter("m", liaison).getSingleResult();
    }

    private static Map<Long, Integer> counts(List<Object[]> rows) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    Liaison visible(long id, String permission) {
        return Access.findInScope(db.tenant(), Liaison.class, id, permission, l -> l.getVillage().getPath());
    }

    /** A village of the user's scope, or 400 naming the village field. */
    Place village(Long villageId, String permission) {
        if (villageId == null) {
            throw new DomainException("error.liaison.village", "");
        }
        Place village = places.visiblePlace(villageId, permission);
        if (village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.liaison.village", villageId);
        }
        return village;
    }
}
