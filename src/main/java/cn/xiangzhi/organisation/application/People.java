package cn.xiangzhi.organisation.application;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.organisation.domain.PartyBranch;
import cn.xiangzhi.organisation.domain.PartyMember;
import cn.xiangzhi.organisation.domain.Resident;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Year;
import java.util.List;
import java.util.function.Function;

/**
 * Residents of households, party branches and party members, as the signed-in user may see and
 * change them (the villages under their scope). Out-of-scope rows are "not found".
 */
@ApplicationScoped
@Transactional
public class People {

    @Inject
    BusinessClock clock;

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    public record ResidentView(long id, long householdId, String householdCode, String name, String relation,
                               String gender, Integer birthYear, String phone) implements Serializable {
        static ResidentView of(Resident r) {
            return new ResidentView(r.getId(), r.getHousehold().getId(), r.getHousehold().getCode(), r.getName(),
                    r.getRelation(), r.getGender(), r.getBirthYear(), r.getPhone());
        }
    }

    public record BranchView(long id, long villageId, String code, String name, String secretaryName) implements Serializable {
        static BranchView of(PartyBranch b) {
            return new BranchView(b.getId(), b.getVillage().getId(), b.getCode(), b.getName(), b.getSecretaryName());
        }
    }

    public record MemberView(long id, long branchId, String code, String name, Long residentId, Integer joinedYear)
            implements Serializable {
        static MemberView of(PartyMember m) {
            return new MemberView(m.getId(), m.getBranch().getId(), m.getCode(), m.getName(),
                    m.getResident() == null ? null : m.getResident().getId(), m.getJoinedYear());
        }
    }

    public record ResidentForm(long householdId, String name, String relation, String gender, Integer birthYear, String phone) {
    }

    public record MemberForm(long branchId, String code, String name, Long residentId, Integer joinedYear) {
    }

    // --- residents

    /** The residents of one household, or (no household given) the latest 100 in the user's scope. */
    public List<ResidentView> residents(Long householdId) {
        if (householdId == null) {
            UserPrincipal user = Access.require(Permission.ORG_VIEW);
            return db.tenant().createQuery("select r from Resident r where r.household.village.path like :scope order by r.id desc",
                    Resident.class).setParameter("scope", user.scopePath() + "%").setMaxResults(100)
                    .getResultStream().map(ResidentView::of).toList();
        }
        Household household = visible(Household.class, householdId, Permission.ORG_VIEW, h -> h.getVillage());
        return db.tenant().createQuery("select r from Resident r where r.household = :h order by r.id", Resident.class)
                .setParameter("h", household).getResultStream().map(ResidentView::of).toList();
    }

    public ResidentView resident(long id) {
        return ResidentView.of(visible(Resident.class, id, Permission.ORG_VIEW, r -> r.getHousehold().getVillage()));
    }

    public ResidentView addResident(ResidentForm form) {
        Household household = visible(Household.class, form.householdId(), Permission.ORG_EDIT, h -> h.getVillage());
        Resident resident = new Resident(household, form.name(), form.relation(), form.gender(), form.birthYear(), form.phone(),
                Year.now(clock));
        return ResidentView.of(persist(resident));
    }

    public ResidentView updateResident(long id, ResidentForm form) {
        Resident resident = visible(Resident.class, id, Permission.ORG_EDIT, r -> r.getHousehold().getVillage());
        Household household = visible(Household.class, form.householdId(), Permission.ORG_EDIT, h -> h.getVillage());
        resident.update(household, form.name(), form.relation(), form.gender(), form.birthYear(), form.phone(),
                Year.now(clock));
        return ResidentView.of(resident);
    }

    public void removeResident(long id) {
        Resident resident = visible(Resident.class, id, Permission.ORG_EDIT, r -> r.getHousehold().getVillage());
        long members = db.tenant().createQuery("select count(m) from PartyMember m where m.resident = :r", Long.class)
                .setParameter("r", resident).getSingleResult();
        if (members > 0) {
            throw DomainException.conflict("error.resident.member");
        }
        db.tenant().remove(resident);
    }

    // --- party branches

    public List<BranchView> branches() {
        UserPrincipal user = Access.require(Permission.ORG_VIEW);
        return db.tenant().createQuery("select b from PartyBranch b where b.village.path like :scope order by b.code",
                PartyBranch.class).setParameter("scope", user.scopePath() + "%").getResultStream().map(BranchView::of).toList();
    }

    public BranchView branch(long id) {
        return BranchView.of(visible(PartyBranch.class, id, Permission.ORG_VIEW, PartyBranch::getVillage));
    }

    public BranchView addBranch(long villageId, String code, String name, String secretaryName) {
        Place village = places.visiblePlace(villageId, Permission.ORG_EDIT);
        NaturalKeys.requireFree(db.tenant(), "PartyBranch", code);
        return BranchView.of(persist(new PartyBranch(village, code, name, secretaryName)));
    }

    public BranchView updateBranch(long id, String name, String secretaryName) {
        PartyBranch branch = visible(PartyBranch.class, id, Permission.ORG_EDIT, PartyBranch::getVillage);
        branch.update(name, secretaryName);
        return BranchView.of(branch);
    }

    public void removeBranch(long id) {
        PartyBranch branch = visible(PartyBranch.class, id, Permission.ORG_EDIT, PartyBranch::getVillage);
        long members = db.tenant().createQuery("select count(m) from PartyMember m where m.branch = :b", Long.class)
                .setParameter("b", branch).getSingleResult();
        if (members > 0) {
            throw DomainException.conflict("error.branch.inUse", members);
        }
        db.tenant().remove(branch);
    }

    // --- party members

    /** The members of one branch, or (no branch given) every member in the user's scope. */
    public List<MemberView> members(Long branchId) {
        if (branchId == null) {
            UserPrincipal user = Access.require(Permission.ORG_VIEW);
            return db.tenant().createQuery("select m from PartyMember m where m.branch.village.path like :scope order by m.code",
                    PartyMember.class).setParameter("scope", user.scopePath() + "%").getResultStream().map(MemberView::of).toList();
        }
        PartyBranch branch = visible(PartyBranch.class, branchId, Permission.ORG_VIEW, PartyBranch::getVillage);
        return db.tenant().createQuery("select m from PartyMember m where m.branch = :b order by m.code", PartyMember.class)
                .setParameter("b", branch).getResultStream().map(MemberView::of).toList();
    }

    public MemberView member(long id) {
        return MemberView.of(visible(PartyMember.class, id, Permission.ORG_VIEW, m -> m.getBranch().getVillage()));
    }

    public MemberView addMember(MemberForm form) {
        PartyBranch branch = visible(PartyBranch.class, form.branchId(), Permission.ORG_EDIT, PartyBranch::getVillage);
        Resident resident = form.residentId() == null ? null
                : visible(Resident.class, form.residentId(), Permission.ORG_EDIT, r -> r.getHousehold().getVillage());
        NaturalKeys.requireFree(db.tenant(), "PartyMember", form.code());
        return MemberView.of(persist(new PartyMember(branch, form.code(), form.name(), resident, form.joinedYear(), Year.now(clock))));
    }

    public MemberView updateMember(long id, MemberForm form) {
        PartyMember member = visible(PartyMember.class, id, Permission.ORG_EDIT, m -> m.getBranch().getVillage());
        PartyBranch branch = visible(PartyBranch.class, form.branchId(), Permission.ORG_EDIT, PartyBranch::getVillage);
        Resident resident = form.residentId() == null ? null
                : visible(Resident.class, form.residentId(), Permission.ORG_EDIT, r -> r.getHousehold().getVillage());
        member.update(branch, form.name(), resident, form.joinedYear(), Year.now(clock));
        return MemberView.of(member);
    }

    public void removeMember(long id) {
        db.tenant().remove(visible(PartyMember.class, id, Permission.ORG_EDIT, m -> m.getBranch().getVillage()));
    }

    // --- shared

    private <T> T persist(T entity) {
        EntityManager em = db.tenant();
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** A row of this tenant whose village lies in the user's scope, or not found. */
    private <T> T visible(Class<T> type, long id, String permission, Function<T, Place> villageOf) {
        return Access.findInScope(db.tenant(), type, id, permission, row -> villageOf.apply(row).getPath());
    }
}
