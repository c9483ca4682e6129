package cn.xiangzhi.decisions.application;

import cn.xiangzhi.decisions.domain.Body;
import cn.xiangzhi.decisions.domain.BodyMember;
import cn.xiangzhi.organisation.domain.PartyMember;
import cn.xiangzhi.organisation.domain.Resident;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies that meet in a village's decisions, from the organisation tree: the branch committee,
 * the villagers' committee and the villagers' representatives (kept here), the party members of
 * the village's branch, and for a villagers' meeting the village's adults and households. Readers
 * of the organisation see them in their scope; tenant admins and village info admins keep them.
 */
@ApplicationScoped
@Transactional
public class VillageBodies {

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    public record MemberView(long id, long villageId, String villageName, BodyMember.Seat seat, String name, String title,
                             Long residentId) implements Serializable {
        static MemberView of(BodyMember m) {
            return new MemberView(m.getId(), m.getVillage().getId(), m.getVillage().getName(), m.getSeat(), m.getName(),
                    m.getTitle(), m.getResident() == null ? null : m.getResident().getId());
        }
    }

    /** Someone who may attend a meeting of a body: {@code ref} is "M{id}" (a body member) or "P{id}" (a party member). */
    public record Attendee(String ref, String name, String detail) implements Serializable {
    }

    public List<MemberView> members(Long villageId) {
        UserPrincipal user = Access.require(Permission.ORG_VIEW);
        EntityManager em = db.tenant();
        var query = em.createQuery("select m from BodyMember m where m.village.path like :scope"
                + (villageId == null ? "" : " and m.village.id = :v") + " order by m.village.name, m.seat, m.id", BodyMember.class)
                .setParameter("scope", user.scopePath() + "%");
        if (villageId != null) {
            query.setParameter("v", villageId);
        }
        return query.getResultList().stream().map(MemberView::of).toList();
    }

    public MemberView member(long id) {
        return MemberView.of(Access.findInScope(db.tenant(), BodyMember.class, id, Permission.ORG_VIEW, m -> m.getVillage().getPath()));
    }

    public MemberView add(long villageId, BodyMember.Seat seat, String name, String title, Long residentId) {
        Place village = places.visiblePlace(villageId, Permission.ORG_EDIT);
        EntityManager em = db.tenant();
        Resident resident = null;
        if (residentId != null) {
            resident = em.find(Resident.class, residentId);
            if (resident == null) {
                throw new NotFoundException("Resident", residentId);
            }
        }
        BodyMember member = new BodyMember(village, seat, name, title, resident);
        em.persist(member);
        em.flush();
        return MemberView.of(member);
    }

    /** The member leaves the body; meetings already recorded keep their names. */
    public void remove(long id) {
        BodyMember member = Access.findInScope(db.tenant(), BodyMember.class, id, Permission.ORG_EDIT, m -> m.getVillage().getPath());
        db.tenant().remove(member);
    }

    /** Who may attend a meeting of {@code body} in the village (empty for a villagers' meeting: counted, not named). */
    public List<Attendee> attendees(Place village, Body body) {
        EntityManager em = db.tenant();
        return switch (body) {
            case PARTY_MEMBERS -> em.createQuery("select m from PartyMember m where m.branch.village = :v order by m.code",
                            PartyMember.class).setParameter("v", village).getResultList().stream()
                    .map(m -> new Attendee("P" + m.getId(), m.getName(), m.getCode())).toList();
            case VILLAGERS -> List.of();
            default -> seated(em, village, body).stream()
                    .map(m -> new Attendee("M" + m.getId(), m.getName(), m.getTitle() == null ? "" : m.getTitle())).toList();
        };
    }

    /** How many members the body has: persons, counted once even when on both committees. */
    public int size(Place village, Body body, LocalDate on) {
        EntityManager em = db.tenant();
        return switch (body) {
            case PARTY_MEMBERS -> em.createQuery("select count(m) from PartyMember m where m.branch.village = :v", Long.class)
                    .setParameter("v", village).getSingleResult().intValue();
            // residents of unknown birth year count as adults: the law's base is every adult villager
            case VILLAGERS -> em.createQuery("select count(r) from Resident r where r.household.village = :v"
                            + " and (r.birthYear is null or r.birthYear <= :y)", Long.class)
                    .setParameter("v", village).setParameter("y", on.getYear() - 18).getSingleResult().intValue();
            default -> (int) seated(em, village, body).stream().map(BodyMember::personKey).distinct().count();
        };
    }

    public int households(Place village) {
        return db.tenant().createQuery("select count(h) from Household h where h.village = :v", Long.class)
                .setParameter("v", village).getSingleResult().intValue();
    }

    /** The distinct persons among the attendees {@code refs}, all of whom must be members of the body; their names. */
    public List<String> attending(Place village, Body body, List<String> refs) {
        List<Attendee> possible = attendees(village, body);
        Map<String, Attendee> byRef = new HashMap<>();
        possible.forEach(a -> byRef.put(a.ref(), a));
        LinkedHashMap<String, String> persons = new LinkedHashMap<>();
        EntityManager em = db.tenant();
        for (String ref : refs == null ? List.<String>of() : refs) {
            Attendee a = byRef.get(ref);
            if (a == null) {
                throw new DomainException("error.decision.attendee", ref);
            }
            String key = ref.startsWith("M") ? em.find(BodyMember.class, Long.parseLong(ref.substring(1))).personKey() : ref;
            persons.putIfAbsent(key, ref + ":" + a.name());
        }
        return List.copyOf(persons.values());
    }

    private static List<BodyMember> seated(EntityManager em, Place village, Body body) {
        List<BodyMember.Seat> seats = switch (body) {
            case BRANCH_COMMITTEE -> List.of(BodyMember.Seat.BRANCH_COMMITTEE);
            case TWO_COMMITTEES -> List.of(BodyMember.Seat.BRANCH_COMMITTEE, BodyMember.Seat.VILLAGE_COMMITTEE);
            case REPRESENTATIVES -> List.of(BodyMember.Seat.REPRESENTATIVES);
            default -> List.of();
        };
        return em.createQuery("select m from BodyMember m where m.village = :v and m.seat in :s order by m.seat, m.id", BodyMember.class)
                .setParameter("v", village).setParameter("s", seats).getResultList();
    }
}
