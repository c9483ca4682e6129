package cn.xiangzhi.decisions.application;

import cn.xiangzhi.decisions.domain.Body;
import cn.xiangzhi.decisions.domain.DecisionAttachment;
import cn.xiangzhi.decisions.domain.Matter;
import cn.xiangzhi.decisions.domain.MatterProgress;
import cn.xiangzhi.decisions.domain.MatterStatus;
import cn.xiangzhi.decisions.domain.Outcome;
import cn.xiangzhi.decisions.domain.ProcedureStep;
import cn.xiangzhi.decisions.domain.StepKind;
import cn.xiangzhi.decisions.domain.StepRecord;
import cn.xiangzhi.decisions.domain.Turnout;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Running a matter of the power list through its procedure (四议两公开 and the tenant's own): a
 * village info admin or the tenant admin ({@code decision:record}) registers a matter for a village
 * of their scope and records its steps in order — a meeting with who attended (picked from the
 * village's bodies) and the votes, judged by the step's quorum rule ({@link MatterProgress}); a
 * publication with its text, which then shows on the village's public page and kiosk. Readers
 * ({@code decision:view}: also township reviewers and auditors) see matters of their scope and
 * the publications that are overdue.
 */
@ApplicationScoped
@Transactional
public class Matters {


    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    PowerList powerList;

    @Inject
    VillageBodies bodies;

    @Inject
    BusinessClock clock;

    public record MatterView(long id, long villageId, String villageName, long itemId, String itemName, long procedureId,
                             String procedureName, String title, String description, MatterStatus status, String registeredBy,
                             Instant registeredAt, Integer nextPosition, String nextStep, StepKind nextKind, Body nextBody,
                             LocalDate dueOn, boolean overdue) implements Serializable {
    }

    public record RecordView(long id, long matterId, int position, String stepName, StepKind kind, Body body, LocalDate heldOn,
                             Integer members, Integer present, Integer households, Integer householdsPresent, Integer votesFor,
                             Integer votesAgainst, Integer abstaining, List<String> attendees, String minutes, Outcome outcome,
                             String recordedBy, Instant recordedAt) implements Serializable {
        static RecordView of(StepRecord r) {
            List<String> names = r.getAttendees() == null ? List.of() : Arrays.stream(r.getAttendees().split("\n"))
                    .map(line -> line.substring(line.indexOf(':') + 1)).toList();
            return new RecordView(r.getId(), r.getMatter().getId(), r.position(), r.getStep().name(), r.getStep().kind(),
                    r.getStep().body(), r.heldOn(), r.getMembers(), r.getPresent(), r.getHouseholds(), r.getHouseholdsPresent(),
                    r.getVotesFor(), r.getVotesAgainst(), r.getAbstaining(), names, r.getMinutes(), r.outcome(),
                    r.getRecordedBy(), r.getRecordedAt());
        }

        public String getAttendeeNames() {
            return String.join("、", attendees);
        }
    }

    public record AttachmentView(long id, long matterId, Long recordId, String fileName, String contentType, int bytes,
                                 String sha256, String uploadedBy, Instant uploadedAt) implements Serializable {
        static AttachmentView of(DecisionAttachment a) {
            return new AttachmentView(a.getId(), a.getMatter().getId(), a.getRecord() == null ? null : a.getRecord().getId(),
                    a.getFileName(), a.getContentType(), a.getByteCount(), a.getSha256(), a.getUploadedBy(), a.getUploadedAt());
        }
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    /**
     * A step as recorded: the day; for a meeting the attendees ({@code M12} body members, {@code P7}
     * party members) — or, for a villagers' meeting, the adults present and households represented —
     * and the votes; minutes (for a publication: the text published); files uploaded before.
     */
    public record StepForm(int position, LocalDate heldOn, List<String> attendees, Integer present, Integer householdsPresent,
                           int votesFor, int votesAgainst, int abstaining, String minutes, List<Long> attachmentIds)
            implements Serializable {
    }

    /** A publication on the village's public board. */
    public record Publication(long matterId, String title, String item, StepKind kind, String stepName, LocalDate publishedOn,
                              String text, MatterStatus status) implements Serializable {
    }

    // ---- matters

    public MatterView register(long villageId, long itemId, String title, String description) {
        UserPrincipal user = Access.require(Permission.DECISION_RECORD);
        Place village = places.visiblePlace(villageId, Permission.DECISION_RECORD);
        if (village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.decision.village");
        }
        Matter matter = new Matter(village, powerList.findItem(itemId), title, description, user.describe(), clock.instant());
        db.tenant().persist(matter);
        db.tenant().flush();
        return view(matter, List.of());
    }

    /** Matters in the user's scope (of one village, of one status), newest first, at most 500. */
    public List<MatterView> matters(Long villageId, MatterStatus status) {
        UserPrincipal user = Access.require(Permission.DECISION_VIEW);
        var query = db.tenant().createQuery("select m from Matter m where m.village.path like :scope"
                        + (villageId == null ? "" : " and m.village.id = :v") + (status == null ? "" : " and m.status = :s")
                        + " order by m.id desc", Matter.class)
                .setParameter("scope", user.scopePath() + "%").setMaxResults(500);
        if (villageId != null) {
            query.setParameter("v", villageId);
        }
        if (status != null) {
            query.setParameter("s", status);
        }
        List<Matter> matters = query.getResultList();
        Map<Long, List<StepRecord>> records = recordsOf(matters);
        return matters.stream().map(m -> view(m, records.getOrDefault(m.getId(), List.of()))).toList();
    }

    public MatterView matter(long id) {
        Matter matter = visible(id, Permission.DECISION_VIEW);
        return view(matter, recordsOf(List.of(matter)).getOrDefault(matter.getId(), List.of()));
    }

    /** Open matters of the user's scope whose next step (a publication, usually) is past its deadline. */
    public List<MatterView> overdue() {
        return matters(null, MatterStatus.OPEN).stream().filter(MatterView::overdue).toList();
    }

    /**
     * Records the next step of the matter. Refuses a step out of order or of a closed matter (409,
     * naming the step due); a meeting without quorum or voted down is recorded and rejects the matter.
     */
    public RecordView record(long matterId, StepForm form) {
        UserPrincipal user = Access.require(Permission.DECISION_RECORD);
        EntityManager em = db.tenant();
        // the matter's row lock first (ADR 0007): two clerks recording at once are served one after the other
        Matter matter = em.find(Matter.class, matterId, LockModeType.PESSIMISTIC_WRITE);
        if (matter == null || !Access.inScope(user, matter.getVillage().getPath())) {
            throw new NotFoundException("Matter", matterId);
        }
        if (form == null) {
            throw new DomainException("error.decision.date", (Object) null);
        }
        List<StepRecord> done = recordsOf(List.of(matter)).getOrDefault(matter.getId(), List.of());
        List<ProcedureStep> steps = matter.getProcedure().getSteps();
        MatterProgress progress = new MatterProgress(steps, done);
        ProcedureStep step = steps.stream().filter(s -> s.position() == form.position()).findFirst().orElse(null);
        Turnout turnout = null;
        String attendees = null;
        if (step != null && step.kind().isMeeting() && progress.next().map(n -> n.position() == form.position()).orElse(false)
                && form.heldOn() != null) {
            Place village = matter.getVillage();
            int members = bodies.size(village, step.body(), form.heldOn());
            if (step.body() == Body.VILLAGERS) {
                turnout = new Turnout(members, nonNull(form.present()), bodies.households(village), nonNull(form.householdsPresent()),
                        form.votesFor(), form.votesAgainst(), form.abstaining());
            } else {
                List<String> present = bodies.attending(village, step.body(), form.attendees());
                attendees = String.join("\n", present);
                turnout = new Turnout(members, present.size(), 0, 0, form.votesFor(), form.votesAgainst(), form.abstaining());
            }
            if (turnout.present() == 0 && turnout.householdsPresent() == 0) {
                // nobody named as present is a form left empty, not a meeting: refused rather than rejecting the matter
                throw new DomainException("error.decision.attendance", 0, members);
            }
        }
        Outcome outcome = progress.record(form.position(), form.heldOn(), LocalDate.now(clock), turnout);
        StepRecord record = new StepRecord(matter, step, form.heldOn(), turnout, attendees, form.minutes(), outcome,
                user.describe(), clock.instant());
        em.persist(record);
        em.flush();
        for (long id : form.attachmentIds() == null ? List.<Long>of() : form.attachmentIds()) {
            DecisionAttachment attachment = em.find(DecisionAttachment.class, id);
            if (attachment == null) {
                throw new NotFoundException("DecisionAttachment", id);
            }
            attachment.attachTo(record);
        }
        List<StepRecord> now = new ArrayList<>(done);
        now.add(record);
        matter.follow(new MatterProgress(steps, now).status());
        return RecordView.of(record);
    }

    public List<RecordView> records(long matterId) {
        Matter matter = visible(matterId, Permission.DECISION_VIEW);
        return recordsOf(List.of(matter)).getOrDefault(matter.getId(), List.of()).stream().map(RecordView::of).toList();
    }

    public RecordView stepRecord(long id) {
        return RecordView.of(Access.findInScope(db.tenant(), StepRecord.class, id, Permission.DECISION_VIEW, r -> r.getMatter().getVillage().getPath()));
    }

    /** Who may attend the matter's next step, when it is a meeting of named members (empty otherwise). */
    public List<VillageBodies.Attendee> candidates(long matterId) {
        Matter matter = visible(matterId, Permission.DECISION_VIEW);
        List<StepRecord> done = recordsOf(List.of(matter)).getOrDefault(matter.getId(), List.of());
        return new MatterProgress(matter.getProcedure().getSteps(), done).next()
                .map(s -> (ProcedureStep) s).filter(s -> s.kind().isMeeting())
                .map(s -> bodies.attendees(matter.getVillage(), s.body())).orElse(List.of());
    }

    // ---- attachments

    public AttachmentView upload(long matterId, String fileName, byte[] content) {
        UserPrincipal user = Access.require(Permission.DECISION_RECORD);
        Matter matter = visible(matterId, Permission.DECISION_RECORD);
        if (matter.getStatus() != MatterStatus.OPEN) {
            throw DomainException.conflict("error.decision.closed", matter.getStatus().name());
        }
        DecisionAttachment attachment = new DecisionAttachment(matter, fileName, content, user.describe(), clock.instant());
        db.tenant().persist(attachment);
        db.tenant().flush();
        return AttachmentView.of(attachment);
    }

    public List<AttachmentView> attachments(long matterId) {
        Matter matter = visible(matterId, Permission.DECISION_VIEW);
        return db.tenant().createQuery("select a from DecisionAttachment a where a.matter = :m order by a.id", DecisionAttachment.class)
                .setParameter("m", matter).getResultList().stream().map(AttachmentView::of).toList();
    }

    public AttachmentView attachment(long id) {
        return AttachmentView.of(findAttachment(id));
    }

    public Download download(long id) {
        DecisionAttachment a = findAttachment(id);
        return new Download(a.getFileName(), a.getContentType(), a.getContent());
    }

    private DecisionAttachment findAttachment(long id) {
        return Access.findInScope(db.tenant(), DecisionAttachment.class, id, Permission.DECISION_VIEW, a -> a.getMatter().getVillage().getPath());
    }

    // ---- the public board (no login: the kiosk and the village's public page)

    /** The village's publications (resolutions and results), newest first. */
    public List<Publication> publications(long villageId) {
        EntityManager em = db.tenant();
        Place village = publicVillage(em, villageId);
        return em.createQuery("select r from StepRecord r where r.matter.village = :v and r.step.kind in :k"
                        + " order by r.heldOn desc, r.id desc", StepRecord.class)
                .setParameter("v", village).setParameter("k", List.of(StepKind.PUBLISH_RESOLUTION, StepKind.PUBLISH_RESULT))
                .setMaxResults(100).getResultList().stream()
                .map(r -> new Publication(r.getMatter().getId(), r.getMatter().getTitle(), r.getMatter().getItem().getName(),
                        r.getStep().kind(), r.getStep().name(), r.heldOn(), r.getMinutes(), r.getMatter().getStatus()))
                .toList();
    }

    private static Place publicVillage(EntityManager em, long villageId) {
        Place village = em.find(Place.class, villageId);
        if (village == null || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new NotFoundException("Place", villageId);
        }
        return village;
    }

    // ----

    private Matter visible(long id, String permission) {
        return Access.findInScope(db.tenant(), Matter.class, id, permission, m -> m.getVillage().getPath());
    }

    private Map<Long, List<StepRecord>> recordsOf(List<Matter> matters) {
        if (matters.isEmpty()) {
            return Map.of();
        }
        return db.tenant().createQuery("select r from StepRecord r where r.matter in :m order by r.position", StepRecord.class)
                .setParameter("m", matters).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r.getMatter().getId()));
    }

    private MatterView view(Matter m, List<StepRecord> records) {
        MatterProgress progress = new MatterProgress(m.getProcedure().getSteps(), records);
        var next = progress.next();
        ProcedureStep nextStep = (ProcedureStep) next.orElse(null);
        LocalDate due = progress.dueOn().orElse(null);
        return new MatterView(m.getId(), m.getVillage().getId(), m.getVillage().getName(), m.getItem().getId(), m.getItem().getName(),
                m.getProcedure().getId(), m.getProcedure().getName(), m.getTitle(), m.getDescription(), m.getStatus(),
                m.getRegisteredBy(), m.getRegisteredAt(), nextStep == null ? null : nextStep.position(),
                nextStep == null ? null : nextStep.name(), nextStep == null ? null : nextStep.kind(),
                nextStep == null ? null : nextStep.body(), due, progress.overdueOn(LocalDate.now(clock)));
    }

    private static int nonNull(Integer n) {
        return n == null ? 0 : n;
    }
}
