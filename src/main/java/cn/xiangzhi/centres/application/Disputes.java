package cn.xiangzhi.centres.application;

import cn.xiangzhi.centres.domain.Dispute;
import cn.xiangzhi.centres.domain.DisputeSession;
import cn.xiangzhi.centres.domain.DisputeStatus;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Dispute mediation (人民调解): a village clerk ({@link Centres#RECORD}) opens a dispute with its
 * parties and mediator, records the sessions held and closes it with its outcome; readers
 * ({@link Centres#VIEW}) see the disputes of their scope. A closed dispute takes no session nor a
 * second outcome (409, {@code error.dispute.closed}).
 */
@ApplicationScoped
@Transactional
public class Disputes {

    @Inject
    TenantEntityManager db;

    @Inject
    Centres centres;

    @Inject
    BusinessClock clock;

    public record DisputeView(long id, long villageId, String villageName, String title, String kind, List<String> parties,
                              String mediator, DisputeStatus status, String agreement, LocalDate closedOn, String openedBy,
                              Instant openedAt) implements Serializable {
        static DisputeView of(Dispute d) {
            return new DisputeView(d.getId(), d.getVillage().getId(), d.getVillage().getName(), d.getTitle(), d.getKind(),
                    d.getParties().lines().toList(), d.getMediator(), d.getStatus(), d.getAgreement(), d.getClosedOn(),
                    d.getOpenedBy(), d.getOpenedAt());
        }

        public String getPartyNames() {
            return String.join("、", parties);
        }
    }

    public record SessionView(long id, long disputeId, LocalDate heldOn, String attendees, String notes, String recordedBy)
            implements Serializable {
        static SessionView of(DisputeSession s) {
            return new SessionView(s.getId(), s.getDispute().getId(), s.getHeldOn(), s.getAttendees(), s.getNotes(),
                    s.getRecordedBy());
        }
    }

    /** Opens a dispute; {@code parties}: one party a line. */
    public DisputeView open(long villageId, String title, String kind, List<String> parties, String mediator) {
        UserPrincipal user = Access.require(Centres.RECORD);
        String lines = parties == null ? null : String.join("\n", parties.stream().filter(p -> p != null && !p.isBlank())
                .map(String::strip).toList());
        Dispute dispute = new Dispute(centres.village(villageId, Centres.RECORD), title, kind, lines, mediator,
                user.describe(), clock.instant());
        db.tenant().persist(dispute);
        db.tenant().flush();
        return DisputeView.of(dispute);
    }

    /** Disputes of the user's scope (of one village, of one status), newest first, at most 500. */
    public List<DisputeView> disputes(Long villageId, DisputeStatus status) {
        UserPrincipal user = Access.require(Centres.VIEW);
        var query = db.tenant().createQuery("select d from Dispute d where d.village.path like :scope"
                        + (villageId == null ? "" : " and d.village.id = :v") + (status == null ? "" : " and d.status = :s")
                        + " order by d.id desc", Dispute.class)
                .setParameter("scope", user.scopePath() + "%").setMaxResults(500);
        if (villageId != null) {
            query.setParameter("v", villageId);
        }
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getResultStream().map(DisputeView::of).toList();
    }

    /** A closed dispute as the villagers see it: its kind, how it ended and when — never the parties. */
    public record PublicOutcome(String kind, DisputeStatus outcome, LocalDate closedOn) implements Serializable {
    }

    /** The village's closed disputes for the kiosk and the public page (no sign-in), latest first, at most {@code max}. */
    public List<PublicOutcome> publicOutcomes(long villageId, int max) {
        return db.tenant().createQuery("select d from Dispute d where d.village.id = :v and d.status in :closed"
                        + " order by d.closedOn desc, d.id desc", Dispute.class)
                .setParameter("v", villageId)
                .setParameter("closed", List.of(DisputeStatus.RESOLVED, DisputeStatus.FAILED, DisputeStatus.REFERRED))
                .setMaxResults(max).getResultStream().map(d -> new PublicOutcome(d.getKind(), d.getStatus(), d.getClosedOn()))
                .toList();
    }

    public DisputeView dispute(long id) {
        return DisputeView.of(visible(id, Centres.VIEW));
    }

    /** Records a session held; the dispute becomes MEDIATING (409 when it is closed). */
    public SessionView holdSession(long disputeId, LocalDate heldOn, String attendees, String notes) {
        UserPrincipal user = Access.require(Centres.RECORD);
        Dispute dispute = locked(disputeId, user);
        DisputeSession session = new DisputeSession(dispute, heldOn, attendees, notes, user.describe());
        db.tenant().persist(session);
        db.tenant().flush();
        return SessionView.of(session);
    }

    /** Closes the dispute with its outcome: RESOLVED (with the agreement), FAILED or REFERRED. */
    public DisputeView close(long disputeId, DisputeStatus outcome, String agreement, LocalDate on) {
        UserPrincipal user = Access.require(Centres.RECORD);
        Dispute dispute = locked(disputeId, user);
        dispute.close(outcome, agreement, on == null ? LocalDate.now(clock) : on);
        db.tenant().flush();
        return DisputeView.of(dispute);
    }

    public List<SessionView> sessions(Long disputeId) {
        UserPrincipal user = Access.require(Centres.VIEW);
        if (disputeId != null) {
            visible(disputeId, Centres.VIEW);
        }
        var query = db.tenant().createQuery("select s from DisputeSession s where s.dispute.village.path like :scope"
                        + (disputeId == null ? "" : " and s.dispute.id = :d") + " order by s.heldOn, s.id", DisputeSession.class)
                .setParameter("scope", user.scopePath() + "%").setMaxResults(500);
        if (disputeId != null) {
            query.setParameter("d", disputeId);
        }
        return query.getResultStream().map(SessionView::of).toList();
    }

    public SessionView session(long id) {
        return SessionView.of(Access.findInScope(db.tenant(), DisputeSession.class, id, Centres.VIEW,
                s -> s.getDispute().getVillage().getPath()));
    }

    private Dispute visible(long id, String permission) {
        return Access.findInScope(db.tenant(), Dispute.class, id, permission, d -> d.getVillage().getPath());
    }

    private Dispute locked(long id, UserPrincipal user) {
        // the dispute's row lock first (ADR 0007): a session and a closing recorded at once are served in turn
        Dispute dispute = db.tenant().find(Dispute.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (dispute == null || !Access.inScope(user, dispute.getVillage().getPath())) {
            throw new NotFoundException("Dispute", id);
        }
        return dispute;
    }
}
