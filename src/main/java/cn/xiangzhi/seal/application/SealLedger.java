package cn.xiangzhi.seal.application;

import cn.xiangzhi.seal.domain.AlarmKind;
import cn.xiangzhi.seal.domain.ApplicationStatus;
import cn.xiangzhi.seal.domain.Reconciliation;
import cn.xiangzhi.seal.domain.Seal;
import cn.xiangzhi.seal.domain.SealApplication;
import cn.xiangzhi.seal.domain.SealMessages;
import cn.xiangzhi.seal.domain.SealSignature;
import cn.xiangzhi.seal.domain.SealStatus;
import cn.xiangzhi.seal.domain.SealTerminal;
import cn.xiangzhi.seal.domain.StampVerdict;
import cn.xiangzhi.seal.infrastructure.SealStore;
import cn.xiangzhi.shared.persistence.NativeSql;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The seal terminals' side, one transaction per request, for the tenant of the device (bound by
 * {@link SealTerminals}): each request is admitted (signature, nonce) in the transaction of its work —
 * heartbeats, the authorisation pull, stamps and
 * alarms. The stamp ledger is append-only and idempotent by device and sequence number. Lock order,
 * for every stamp: the terminal's row ({@code seal_terminal}, read with its lock as the transaction's first
 * statement, before the signature is checked with its secret, so one device's stamps are counted one at
 * a time and its highest sequence number is read fresh), then the application's row
 * ({@code seal_application}, whose count of stamps used is read and changed under that lock; approvals
 * lock the same row alone). A stamp sent again finds its row and is answered as first stored.
 */
@ApplicationScoped
@Transactional
public class SealLedger {

    /** Every this many admitted requests of a device, its nonces older than twice the skew are forgotten. */
    static final int PURGE_EVERY = 200;

    @Inject
    TenantEntityManager db;

    @Inject
    BusinessClock clock;

    private final ConcurrentHashMap<Long, AtomicInteger> admitted = new ConcurrentHashMap<>();

    /** A terminal admitted for a request: the tenant's device, the seal in it, the seal's village. */
    public record Terminal(long tenantId, long deviceId, long sealId, long villageId, String sealName) {
        SealStore.Target target() {
            return new SealStore.Target(tenantId, deviceId, sealId, villageId);
        }
    }

    public record HeartbeatAnswer(Instant serverTime, long sealId, String sealName) {
    }

    public record Authorisation(long applicationId, String purpose, int remaining, Instant validFrom, Instant validUntil) {
    }

    public record AuthorisationAnswer(Instant serverTime, long sealId, List<Authorisation> authorisations) {
    }

    /** What became of a stamp event: stored now or before, its verdict, its application, the gap it revealed. */
    public record StampAnswer(long sequence, boolean stored, String verdict, Long applicationId, Integer remaining, Long gapFrom,
                              Long gapTo) {
    }

    public record AlarmAnswer(String id, boolean stored) {
    }

    /** What the request's headers say, checked by {@link #admit} in the transaction of the request's work. */
    public record Admission(long deviceId, String canonical, String signature, String nonce) {
    }

    /**
     * Checks the signature of a request with the device's secret and notes its nonce (a nonce used
     * before is a replay); answers the terminal and the seal in it. Refuses (403) a device that is
     * no seal terminal of the tenant or holds no seal in use. {@code lock}: read the terminal's row
     * with its lock, as the first statement of the transaction (a stamp's).
     */
    private Admitted admit(Admission admission, boolean lock) {
        EntityManager em = db.tenant();
        var query = em.createQuery("select t from SealTerminal t where t.deviceId = :device", SealTerminal.class)
                .setParameter("device", admission.deviceId());
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        SealTerminal terminal = query.getResultStream().findFirst()
                .orElseThrow(() -> new SealRefusal(403, "error.seal.device", "X-Seal-Device"));
        if (!SealSignature.matches(terminal.getSecret(), admission.canonical(), admission.signature())) {
            throw new SealRefusal(401, "error.seal.signature", "X-Seal-Signature");
        }
        Seal seal = em.createQuery("select s from Seal s where s.deviceId = :device and s.status = :active", Seal.class)
                .setParameter("device", admission.deviceId()).setParameter("active", SealStatus.ACTIVE).getResultStream().findFirst()
                .orElseThrow(() -> new SealRefusal(403, "error.seal.retired", "X-Seal-Device"));
        Instant now = clock.now();
        if (!SealStore.nonce(em, TenantContext.current().id(), admission.deviceId(), admission.nonce(), now)) {
            throw new SealRefusal(409, "error.seal.replay", "X-Seal-Nonce");
        }
        if (admitted.computeIfAbsent(admission.deviceId(), d -> new AtomicInteger()).incrementAndGet() % PURGE_EVERY == 0) {
            SealStore.forgetNonces(em, admission.deviceId(), now, SealSignature.SKEW.multipliedBy(2));
        }
        return new Admitted(new Terminal(TenantContext.current().id(), admission.deviceId(), seal.getId(), seal.getVillageId(),
                seal.getName()), terminal);
    }

    private record Admitted(Terminal terminal, SealTerminal row) {
    }

    public HeartbeatAnswer heartbeat(Admission admission, byte[] body) {
        Terminal terminal = admit(admission, false).terminal();
        SealMessages.Heartbeat beat = SealMessages.heartbeat(body);
        Instant now = clock.now();
        NativeSql.of(db.tenant(), "update seal_terminal set battery = ?, lid_open = ?, last_heartbeat = ? where tenant_id = ? and device_id = ?")
                .setParameter(1, beat.battery()).setParameter(2, beat.lidOpen()).setParameter(3, Timestamp.from(now))
                .setParameter(4, terminal.tenantId()).setParameter(5, terminal.deviceId()).executeUpdate();
        return new HeartbeatAnswer(now, terminal.sealId(), terminal.sealName());
    }

    /** The approved applications of the terminal's seal with stamps remaining and a window not yet over. */
    public AuthorisationAnswer authorisations(Admission admission) {
        Terminal terminal = admit(admission, false).terminal();
        Instant now = clock.now();
        List<Authorisation> open = db.tenant().createQuery("select a.id, a.purpose, a.stampsApproved, a.stampsUsed, a.validFrom, a.validUntil"
                        + " from SealApplication a where a.seal.id = :seal and a.status = :approved and a.validUntil > :now"
                        + " and a.stampsUsed < a.stampsApproved order by a.validFrom, a.id", Object[].class)
                .setParameter("seal", terminal.sealId()).setParameter("approved", ApplicationStatus.APPROVED).setParameter("now", now)
                .getResultStream()
                .map(a -> new Authorisation((Long) a[0], (String) a[1], (Integer) a[2] - (Integer) a[3], (Instant) a[4], (Instant) a[5]))
                .toList();
        return new AuthorisationAnswer(now, terminal.sealId(), open);
    }

    /**
     * Stores a stamp once per device and sequence number, matched to its application: the one named,
     * or else the seal's approved application covering the stamp's time with stamps left. A stamp
     * beyond the count, outside the window or with no application is stored all the same (nothing a
     * terminal did is lost) and raises an alarm; so does a gap before its sequence number.
     */
    public StampAnswer stamp(Admission admission, byte[] body) {
        Admitted admitted = admit(admission, true);
        Terminal terminal = admitted.terminal();
        SealTerminal device = admitted.row();
        SealMessages.Stamp event = SealMessages.stamp(body);
        EntityManager em = db.tenant();
        SealStore.Target target = terminal.target();
        Object[] before = SealStore.storedStamp(em, target, event.sequence());
        if (before != null) {
            return new StampAnswer(event.sequence(), false, (String) before[1], before[2] == null ? null : ((Number) before[2]).longValue(),
                    null, null, null);
        }
        long[] gap = device.sequence(event.sequence());
        SealApplication application = application(terminal, event);
        StampVerdict verdict = Reconciliation.judge(terminal.sealId(), event.stampedAt(),
                application == null ? null : application.authorisation());
        if (verdict == StampVerdict.AUTHORISED) {
            application.used();
        }
        Instant now = clock.now();
        Long applicationId = application == null ? null : application.getId();
        if (!SealStore.stamp(em, target, new SealStore.Stamp(event.sequence(), event.stampedAt(), event.operator(), applicationId, verdict,
                event.photoType(), event.photoSha256(), event.photo()), now)) {
            // cannot happen under the terminal's lock; if it did, nothing of this transaction may stay (the count)
            throw new IllegalStateException("stamp " + event.sequence() + " of device " + terminal.deviceId() + " stored meanwhile");
        }
        if (gap != null) {
            SealStore.alarm(em, target, AlarmKind.SEQUENCE_GAP, "gap:" + gap[0] + "-" + gap[1], null,
                    "sequence " + gap[0] + "–" + gap[1] + " missing before " + event.sequence(), event.stampedAt(), now);
        }
        if (verdict.alarming()) {
            long stampId = ((Number) SealStore.storedStamp(em, target, event.sequence())[0]).longValue();
            SealStore.alarm(em, target, AlarmKind.of(verdict), "stamp:" + event.sequence(), stampId,
                    applicationId == null ? "stamp " + event.sequence() : "stamp " + event.sequence() + ", application " + applicationId,
                    event.stampedAt(), now);
        }
        em.flush();
        return new StampAnswer(event.sequence(), true, verdict.name(), applicationId,
                application == null ? null : Math.max(0, application.getStampsApproved() - application.getStampsUsed()),
                gap == null ? null : gap[0], gap == null ? null : gap[1]);
    }

    /** The application to match, locked: the one the terminal named if it is this seal's, else the best of the seal's approved ones. */
    private SealApplication application(Terminal terminal, SealMessages.Stamp event) {
        EntityManager em = db.tenant();
        if (event.applicationId() != null) {
            SealApplication named = em.find(SealApplication.class, event.applicationId(), LockModeType.PESSIMISTIC_WRITE);
            return named != null && named.getSeal().getId() == terminal.sealId() ? named : null;
        }
        List<SealApplication> approved = em.createQuery("select a from SealApplication a where a.seal.id = :seal and a.status = :approved"
                        + " order by a.validFrom, a.id", SealApplication.class)
                .setParameter("seal", terminal.sealId()).setParameter("approved", ApplicationStatus.APPROVED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        SealApplication covering = null;
        for (SealApplication a : approved) {
            StampVerdict verdict = Reconciliation.judge(terminal.sealId(), event.stampedAt(), a.authorisation());
            if (verdict == StampVerdict.AUTHORISED) {
                return a;
            }
            if (verdict == StampVerdict.OVER_COUNT && covering == null) {
                covering = a;
            }
        }
        return covering;
    }

    /** Stores an alarm the terminal sent, once per device and alarm id. */
    public AlarmAnswer alarm(Admission admission, byte[] body) {
        Terminal terminal = admit(admission, false).terminal();
        SealMessages.Alarm alarm = SealMessages.alarm(body);
        boolean stored = SealStore.alarm(db.tenant(), terminal.target(), alarm.kind(), "device:" + alarm.id(), null, alarm.detail(),
                alarm.occurredAt(), clock.now());
        return new AlarmAnswer(alarm.id(), stored);
    }
}
