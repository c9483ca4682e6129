package cn.xiangzhi.seal.application;

import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.decisions.domain.MatterStatus;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.seal.domain.ApplicationStatus;
import cn.xiangzhi.seal.domain.ApprovalChain;
import cn.xiangzhi.seal.domain.Seal;
import cn.xiangzhi.seal.domain.SealAlarm;
import cn.xiangzhi.seal.domain.SealApplication;
import cn.xiangzhi.seal.domain.SealApproval;
import cn.xiangzhi.seal.domain.SealClass;
import cn.xiangzhi.seal.domain.SealDocument;
import cn.xiangzhi.seal.domain.SealStamp;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.ForbiddenException;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Applications to use a seal (用印申请) and what follows them: a village admin applies for a seal of
 * the village with a class, a purpose, the document, the number of stamps and the window; a decision
 * class must name the village's finished four-step matter. The class's approval chain decides it step
 * by step (township reviewer, tenant admin), each step by another person, a rejection with a reason.
 * Readers see the stamps matched to it, the alarms, and from a stamp its whole trace: application,
 * approvers, matter, photo.
 */
@ApplicationScoped
@Transactional
public class SealApplications {

    @Inject
    TenantEntityManager db;

    @Inject
    Seals seals;

    @Inject
    Matters matters;

    @Inject
    BusinessClock clock;

    /** A file uploaded with an application. */
    public record Upload(String name, byte[] content) implements Serializable {
    }

    /** What an applicant fills in; times on the tenant's clock ({@code 2026-12-06T08:00}). */
    public record Form(Long sealId, Long classId, Long matterId, String purpose, Integer stamps, String validFrom, String validUntil)
            implements Serializable {
    }

    public record ApplicationView(long id, long villageId, String villageName, long sealId, String sealName, long classId,
                                  String className, Long matterId, String matterTitle, String purpose, int stampsApproved,
                                  int stampsUsed, int remaining, Instant validFrom, Instant validUntil, ApplicationStatus status,
                                  int stepsDone, List<String> chain, String nextRole, String applicantName, String appliedBy,
                                  Instant appliedAt, Instant decidedAt, long version) implements Serializable {
    }

    public record ApprovalView(long id, long applicationId, int step, String role, boolean approved, String reason,
                               String deciderName, String decidedBy, Instant decidedAt) implements Serializable {
        static ApprovalView of(SealApproval a) {
            return new ApprovalView(a.getId(), a.getApplication().getId(), a.getStep(), a.getRole().name(), a.isApproved(),
                    a.getReason(), a.getDeciderName(), a.getDecidedBy(), a.getDecidedAt());
        }
    }

    public record DocumentView(long id, long applicationId, String fileName, String contentType, int bytes, String sha256,
                               String uploadedBy, Instant uploadedAt) implements Serializable {
        static DocumentView of(SealDocument d) {
            return new DocumentView(d.getId(), d.getApplication().getId(), d.getFileName(), d.getFile().getContentType(),
                    d.getFile().getByteCount(), d.getFile().getSha256(), d.getFile().getUploadedBy(), d.getFile().getUploadedAt());
        }
    }

    public record StampView(long id, Long applicationId, long deviceId, long sealId, long villageId, long sequence,
                            Instant stampedAt, Instant receivedAt, String operator, String verdict, boolean photo)
            implements Serializable {
        static StampView of(SealStamp s) {
            return new StampView(s.getId(), s.getApplicationId(), s.getDeviceId(), s.getSealId(), s.getVillageId(), s.getSequence(),
                    s.getStampedAt(), s.getReceivedAt(), s.getOperator(), s.getVerdict().name(), s.getPhotoType() != null);
        }
    }

    public record AlarmView(long id, long deviceId, long sealId, long villageId, String kind, String sourceKey, Long stampId,
                            String detail, Instant occurredAt, Instant receivedAt) implements Serializable {
        static AlarmView of(SealAlarm a) {
            return new AlarmView(a.getId(), a.getDeviceId(), a.getSealId(), a.getVillageId(), a.getKind().name(), a.getSourceKey(),
                    a.getStampId(), a.getDetail(), a.getOccurredAt(), a.getReceivedAt());
        }
    }

    /** An application with everything about it: its approvals, documents and stamps. */
    public record Detail(ApplicationView application, List<ApprovalView> approvals, List<DocumentView> documents,
                         List<StampView> stamps) implements Serializable {
    }

    /** "Traceable after use": from one stamp to its seal, application, approvers and matter. */
    public record Trace(StampView stamp, Seals.SealView seal, Detail application) implements Serializable {
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    // ---- applying

    public ApplicationView apply(Form form, List<Upload> documents) {
        UserPrincipal user = Access.require(Permission.SEAL_APPLY);
        if (form == null) {
            throw new DomainException("error.body.required");
        }
        if (form.sealId() == null) {
            throw new DomainException("error.sealApplication.seal", "");
        }
        Seal seal;
        try {
            seal = seals.visible(user, form.sealId());
        } catch (NotFoundException e) {
            throw new DomainException("error.sealApplication.seal", form.sealId());
        }
        if (form.classId() == null) {
            throw new DomainException("error.sealApplication.class", "");
        }
        SealClass sealClass;
        try {
            sealClass = seals.findClass(form.classId());
        } catch (NotFoundException e) {
            throw new DomainException("error.sealApplication.class", form.classId());
        }
        if (sealClass.isRequiresMatter()) {
            checkMatter(form.matterId(), seal.getVillageId());
        }
        if (documents == null || documents.isEmpty()) {
            throw new DomainException("error.sealDocument.required");
        }
        if (documents.size() > SealDocument.MAX_PER_APPLICATION) {
            throw new DomainException("error.sealDocument.tooMany", SealDocument.MAX_PER_APPLICATION);
        }
        Instant now = clock.now();
        SealApplication application = new SealApplication(seal, sealClass, form.matterId(), form.purpose(), form.stamps(),
                clock.atLocal(form.validFrom(), "error.sealApplication.validFrom"),
                clock.atLocal(form.validUntil(), "error.sealApplication.validUntil"),
                user.describe(), user.displayName(), now);
        db.tenant().persist(application);
        for (Upload upload : documents) {
            db.tenant().persist(new SealDocument(application, upload.name(), upload.content(), user.describe(), now));
        }
        db.tenant().flush();
        return view(application);
    }

    /** The matter a decision class executes: of the same village, and finished (all four steps passed). */
    private void checkMatter(Long matterId, long villageId) {
        if (matterId == null) {
            throw new DomainException("error.sealApplication.matter", "");
        }
        Matters.MatterView matter;
        try {
            matter = matters.matter(matterId);
        } catch (NotFoundException | ForbiddenException e) {
            throw new DomainException("error.sealApplication.matter", matterId);
        }
        if (matter.villageId() != villageId) {
            throw new DomainException("error.sealApplication.matterVillage", matter.title());
        }
        if (matter.status() != MatterStatus.DONE) {
            throw new DomainException("error.sealApplication.matterNotDone", matter.title(), matter.status().name());
        }
    }

    /** A finished matter of a village, for the applicant to pick. */
    public record MatterChoice(long id, String title) implements Serializable {
    }

    /** The finished (DONE) four-step matters of the seal's village, newest first: what a decision class may execute. */
    public List<MatterChoice> finishedMatters(long sealId) {
        UserPrincipal user = Access.require(Permission.SEAL_APPLY);
        Seal seal = seals.visible(user, sealId);
        return matters.matters(seal.getVillageId(), MatterStatus.DONE).stream().map(m -> new MatterChoice(m.id(), m.title())).toList();
    }

    // ---- deciding

    /** The next step of the application's chain, decided by the signed-in user: approve, or reject with a reason. */
    public ApplicationView decide(long id, Boolean approve, String reason) {
        UserPrincipal user = Access.require(Permission.SEAL_APPROVE);
        if (approve == null) {
            throw new DomainException("error.sealApplication.approve", "");
        }
        // the application's row lock first: the ledger counts its stamps under the same lock
        SealApplication application = db.tenant().find(SealApplication.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || !seals.inScope(user, application.getVillageId())) {
            throw new NotFoundException("SealApplication", id);
        }
        if (application.getStatus() != ApplicationStatus.PENDING) {
            throw DomainException.conflict("error.sealApplication.decided");
        }
        ApprovalChain chain = application.getSealClass().approvalChain();
        List<String> earlier = approvalsOf(application).stream().map(SealApproval::getDecidedBy).toList();
        int step = application.getStepsDone();
        chain.checkDecider(step, user.role(), user.describe(), application.getAppliedBy(), earlier);
        Instant now = clock.now();
        db.tenant().persist(new SealApproval(application, step + 1, user.role(), approve, reason, user.describe(), user.displayName(), now));
        application.decided(approve, chain.size(), now);
        db.tenant().flush();
        return view(application);
    }

    // ---- reading

    /** Applications in the reader's scope (of one village, of one status), newest first, at most 500. */
    public List<ApplicationView> applications(Long villageId, ApplicationStatus status) {
        UserPrincipal user = Access.require(Permission.SEAL_VIEW);
        var query = db.tenant().createQuery("select a from SealApplication a where" + inScope("a.villageId")
                + (villageId == null ? "" : " and a.villageId = :village") + (status == null ? "" : " and a.status = :status")
                + " order by a.id desc", SealApplication.class).setParameter("scope", scope(user)).setMaxResults(500);
        if (villageId != null) {
            query.setParameter("village", villageId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultStream().map(this::view).toList();
    }

    /** The pending applications whose next step the signed-in user's role decides. */
    public List<ApplicationView> waitingForMe() {
        UserPrincipal user = Access.require(Permission.SEAL_APPROVE);
        return applications(null, ApplicationStatus.PENDING).stream().filter(a -> user.role().name().equals(a.nextRole())).toList();
    }

    public ApplicationView application(long id) {
        return view(visible(Access.require(Permission.SEAL_VIEW), id));
    }

    public Detail detail(long id) {
        SealApplication application = visible(Access.require(Permission.SEAL_VIEW), id);
        return detailOf(application);
    }

    private Detail detailOf(SealApplication application) {
        List<DocumentView> documents = db.tenant().createQuery("select d from SealDocument d where d.application = :a order by d.id",
                SealDocument.class).setParameter("a", application).getResultStream().map(DocumentView::of).toList();
        List<StampView> stamps = db.tenant().createQuery("select s from SealStamp s where s.applicationId = :a order by s.sequence",
                SealStamp.class).setParameter("a", application.getId()).getResultStream().map(StampView::of).toList();
        return new Detail(view(application), approvalsOf(application).stream().map(ApprovalView::of).toList(), documents, stamps);
    }

    public List<ApprovalView> approvals() {
        UserPrincipal user = Access.require(Permission.SEAL_VIEW);
        return db.tenant().createQuery("select a from SealApproval a where" + inScope("a.application.villageId") + " order by a.id desc",
                        SealApproval.class).setParameter("scope", scope(user)).setMaxResults(500)
                .getResultStream().map(ApprovalView::of).toList();
    }

    public ApprovalView approval(long id) {
        UserPrincipal user = Access.require(Permission.SEAL_VIEW);
        SealApproval approval = db.tenant().find(SealApproval.class, id);
        if (approval == null || !seals.inScope(user, approval.getApplication().getVillageId())) {
            throw new NotFoundException("SealApproval", id);
        }
        return ApprovalView.of(approval);
    }

    public List<DocumentView> documents() {
        UserPrincipal user = Access.require(Permission.SEAL_VIEW);
        return db.tenant().createQuery("select d from SealDocument d where" + inScope("d.application.villageId") + " order by d.id desc",
                        SealDocument.class).setParameter("scope", scope(user)).setMaxResults(500)
                .getResultStream().map(DocumentView::of).toList();
    }

    public DocumentView document(long id) {
        return DocumentView.of(visibleDocument(id));
    }

    public Download documentContent(long id) {
        SealDocument document = visibleDocument(id);
        return new Download(document.getFileName(), document.getFile().getContentType(), document.getFile().getContent());
    }

    private SealDocument visibleDocument(long id) {
        UserPrincipal user = Access.require(Permission.SEAL_VIEW);
        SealDocument document = db.tenant().find(SealDocument.class, id);
        if (document == null || !seals.inScope(user, document.getApplication().getVillageId())) {
            throw new NotFoundException("SealDocument", id);
        }
        return document;
    }

    /** Stamps in the reader's scope (of one village, only alarming ones), newest first, at most 500. */
    public List<StampView> stamps(Long villageId, boolean alarmingOnly) {
        UserPrincipal user = Access.require(Permission.SEAL_VIEW);
        var query = db.tenant().createQuery("select s from SealStamp s where" + inScope("s.villageId")
                + (villageId == null ? "" : " and s.villageId = :village")
                + (alarmingOnly ? " and s.verdict <> cn.xiangzhi.seal.domain.StampVerdict.AUTHORISED" : "")
                + " order by s.id desc", SealStamp.class).setParameter("scope", scope(user)).setMaxResults(500);
        if (villageId != null) {
            query.setParameter("village", villageId);
        }
        return query.getResultStream().map(StampView::of).toList();
    }

    public StampView stamp(long id) {
        return StampView.of(visibleStamp(id));
    }

    public Download stampPhoto(long id) {
        SealStamp stamp = visibleStamp(id);
        if (stamp.getPhotoType() == null) {
            throw new NotFoundException("SealStampPhoto", id);
        }
        return new Download("stamp-" + stamp.getSequence() + (stamp.getPhotoType().endsWith("png") ? ".png" : ".jpg"),
                stamp.getPhotoType(), stamp.getPhoto());
    }

    /** From a stamp in one step to its seal, its application with approvers, documents and the matter, and its photo. */
    public Trace trace(long stampId) {
        SealStamp stamp = visibleStamp(stampId);
        SealApplication application = stamp.getApplicationId() == null ? null
                : db.tenant().find(SealApplication.class, stamp.getApplicationId());
        Seals.SealView seal = seals.seal(stamp.getSealId());
        return new Trace(StampView.of(stamp), seal, application == null ? null : detailOf(application));
    }

    private SealStamp visibleStamp(long id) {
        UserPrincipal user = Access.require(Permission.SEAL_VIEW);
        SealStamp stamp = db.tenant().find(SealStamp.class, id);
        if (stamp == null || !seals.inScope(user, stamp.getVillageId())) {
            throw new NotFoundException("SealStamp", id);
        }
        return stamp;
    }

    public List<AlarmView> alarms(Long villageId) {
        UserPrincipal user = Access.require(Permission.SEAL_VIEW);
        var query = db.tenant().createQuery("select a from SealAlarm a where" + inScope("a.villageId")
                + (villageId == null ? "" : " and a.villageId = :village") + " order by a.id desc", SealAlarm.class)
                .setParameter("scope", scope(user)).setMaxResults(500);
        if (villageId != null) {
            query.setParameter("village", villageId);
        }
        return query.getResultStream().map(AlarmView::of).toList();
    }

    public AlarmView alarm(long id) {
        UserPrincipal user = Access.require(Permission.SEAL_VIEW);
        SealAlarm alarm = db.tenant().find(SealAlarm.class, id);
        if (alarm == null || !seals.inScope(user, alarm.getVillageId())) {
            throw new NotFoundException("SealAlarm", id);
        }
        return AlarmView.of(alarm);
    }

    // ----

    /**
     * A condition that the village {@code villageColumn} is in the reader's scope, in the query itself:
     * a list cut at its newest 500 rows must be cut after the scope, or a village's own rows would
     * drown among the county's. Bound with {@link #scope}.
     */
    private static String inScope(String villageColumn) {
        return " " + villageColumn + " in (select p.id from Place p where p.path like :scope)";
    }

    private static String scope(UserPrincipal user) {
        return (user.scopePath() == null ? "" : user.scopePath()) + "%";
    }

    private SealApplication visible(UserPrincipal user, long id) {
        SealApplication application = db.tenant().find(SealApplication.class, id);
        if (application == null || !seals.inScope(user, application.getVillageId())) {
            throw new NotFoundException("SealApplication", id);
        }
        return application;
    }

    private List<SealApproval> approvalsOf(SealApplication application) {
        return db.tenant().createQuery("select a from SealApproval a where a.application = :a order by a.step", SealApproval.class)
                .setParameter("a", application).getResultList();
    }

    private ApplicationView view(SealApplication a) {
        Place village = db.tenant().find(Place.class, a.getVillageId());
        List<String> chain = a.getSealClass().approvalChain().steps().stream().map(Enum::name).toList();
        String next = a.getStatus() == ApplicationStatus.PENDING && a.getStepsDone() < chain.size() ? chain.get(a.getStepsDone()) : null;
        return new ApplicationView(a.getId(), a.getVillageId(), village == null ? "" : village.getName(), a.getSeal().getId(),
                a.getSeal().getName(), a.getSealClass().getId(), a.getSealClass().getName(), a.getMatterId(), matterTitle(a.getMatterId()),
                a.getPurpose(), a.getStampsApproved(), a.getStampsUsed(), Math.max(0, a.getStampsApproved() - a.getStampsUsed()),
                a.getValidFrom(), a.getValidUntil(), a.getStatus(), a.getStepsDone(), chain, next, a.getApplicantName(),
                a.getAppliedBy(), a.getAppliedAt(), a.getDecidedAt(), a.getVersion());
    }

    private String matterTitle(Long matterId) {
        if (matterId == null) {
            return null;
        }
        try {
            return matters.matter(matterId).title();
        } catch (NotFoundException | ForbiddenException e) {
            return null;
        }
    }
}
