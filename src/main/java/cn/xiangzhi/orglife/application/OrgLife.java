package cn.xiangzhi.orglife.application;

import cn.xiangzhi.devices.application.DeviceRecords;
import cn.xiangzhi.devices.application.TerminalPeople;
import cn.xiangzhi.orglife.domain.Attendance;
import cn.xiangzhi.orglife.domain.Frequency;
import cn.xiangzhi.orglife.domain.Meeting;
import cn.xiangzhi.orglife.domain.MeetingFile;
import cn.xiangzhi.orglife.domain.MeetingType;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.application.PlaceView;
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
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Organisational life, first slice: the tenant's meeting types (三会一课 and the three working days,
 * with the frequency the rules require), meetings a village schedules, and each meeting's attendance
 * derived from the punches of the village's attendance terminals within its window. Times are given
 * and shown on the tenant's clock (ADR 0014).
 */
@ApplicationScoped
@Transactional
public class OrgLife {

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    DeviceRecords records;

    @Inject
    TerminalPeople people;

    @Inject
    BusinessClock clock;

    public record TypeView(long id, String code, String name, Frequency frequency, int minimumMinutes, long version)
            implements Serializable {
        static TypeView of(MeetingType type) {
            return new TypeView(type.getId(), type.getCode(), type.getName(), type.getFrequency(), type.getMinimumMinutes(),
                    type.getVersion());
        }
    }

    public record MeetingView(long id, long villageId, long typeId, String typeName, Instant startsAt, Instant endsAt,
                              String place, List<String> expectedPins, String scheduledBy, Meeting.Review review,
                              String reviewedBy, Instant reviewedAt, String reviewReason) implements Serializable {
        static MeetingView of(Meeting m) {
            return new MeetingView(m.getId(), m.getVillageId(), m.getType().getId(), m.getType().getName(), m.getStartsAt(),
                    m.getEndsAt(), m.getPlace(), m.expected(), m.getScheduledBy(), m.getReview(), m.getReviewedBy(),
                    m.getReviewedAt(), m.getReviewReason());
        }
    }

    /** For one village and one kind of meeting in a month: how many the rules require in its period, how many were held (not rejected). */
    public record ComplianceLine(long villageId, String villageName, String typeCode, String typeName, Frequency frequency,
                                 LocalDate periodStart, LocalDate periodEnd, int required, int held, boolean missing)
            implements Serializable {
    }

    /**
     * One person at a meeting, named when the village's terminals know their PIN; {@code punchedOutside}:
     * when an expected person who never punched within the window punched that day instead.
     */
    public record PersonView(String pin, String name, boolean expected, boolean attended, Instant firstPunch, Instant lastPunch,
                             long minutesPresent, Instant punchedOutside) implements Serializable {
    }

    /** A snapshot a terminal of the village took during the meeting (its bytes through {@link #terminalPhoto}). */
    public record SnapshotView(long id, String pin, Instant takenAt) implements Serializable {
    }

    /** Minutes or a photo the village uploaded (its bytes through {@link #file}). */
    public record FileView(long id, long meetingId, MeetingFile.Kind kind, String fileName, String contentType, int byteCount,
                           String uploadedBy, Instant uploadedAt) implements Serializable {
        static FileView of(MeetingFile f) {
            return new FileView(f.getId(), f.getMeeting().getId(), f.getKind(), f.getFileName(), f.getFile().getContentType(), f.getFile().getByteCount(),
                    f.getFile().getUploadedBy(), f.getFile().getUploadedAt());
        }

        public boolean isImage() {
            return contentType.startsWith("image/");
        }
    }

    /** A file's bytes as uploaded or taken. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /**
     * A meeting's record as the township reviews it: attendance, the terminals' snapshots, the
     * uploaded minutes and photos, and the flags the platform computes — too few of the expected came
     * (or no one), shorter than its type requires, no photo at all (neither a snapshot nor an upload),
     * expected people who punched that day but outside the meeting's window, no minutes.
     */
    public record AttendanceView(MeetingView meeting, List<PersonView> people, int expected, int attendedExpected, int attended,
                                 boolean tooFewAttendees, boolean tooShort, List<SnapshotView> snapshots, List<FileView> files,
                                 boolean noPhoto, boolean punchesOutsideWindow, boolean noMinutes) implements Serializable {

        /** Whether any flag is raised. */
        public boolean isFlagged() {
            return tooFewAttendees || tooShort || noPhoto || punchesOutsideWindow || noMinutes;
        }
    }

    public List<TypeView> types() {
        Access.require(Permission.ORGLIFE_VIEW);
        return db.tenant().createQuery("select t from MeetingType t order by t.code", MeetingType.class).getResultStream()
                .map(TypeView::of).toList();
    }

    public TypeView type(long id) {
        Access.require(Permission.ORGLIFE_VIEW);
        return TypeView.of(findType(id));
    }

    public TypeView addType(String code, String name, Frequency frequency, Integer minimumMinutes) {
        Access.require(Permission.ORGLIFE_RECORD);
        boolean taken = !db.tenant().createQuery("select t from MeetingType t where t.code = :code", MeetingType.class)
                .setParameter("code", code == null ? "" : code.strip()).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("error.meetingType.codeTaken", code);
        }
        MeetingType type = new MeetingType(code, name, frequency, minimumMinutes == null ? 0 : minimumMinutes);
        db.tenant().persist(type);
        db.tenant().flush();
        return TypeView.of(type);
    }

    /** Adds the seed's meeting types the tenant does not have yet; answers all of the tenant's types. */
    public List<TypeView> addDefaults() {
        Access.require(Permission.ORGLIFE_RECORD);
        List<String> have = db.tenant().createQuery("select t.code from MeetingType t", String.class).getResultList();
        for (MeetingType.Default seed : MeetingType.DEFAULTS) {
            if (!have.contains(seed.code())) {
                db.tenant().persist(new MeetingType(seed.code(), seed.name(), seed.frequency(), seed.minimumMinutes()));
            }
        }
        db.tenant().flush();
        return types();
    }

    public List<MeetingView> meetings(Long villageId) {
        UserPrincipal user = Access.require(Permission.ORGLIFE_VIEW);
        List<Meeting> meetings = villageId == null
                ? db.tenant().createQuery("select m from Meeting m order by m.startsAt desc", Meeting.class).setMaxResults(500).getResultList()
                : db.tenant().createQuery("select m from Meeting m where m.villageId = :village order by m.startsAt desc", Meeting.class)
                .setParameter("village", villageId).setMaxResults(500).getResultList();
        return meetings.stream().filter(m -> inScope(user, m.getVillageId())).map(MeetingView::of).toList();
    }

    public MeetingView meeting(long id) {
        return MeetingView.of(visible(Access.require(Permission.ORGLIFE_VIEW), id));
    }

    /** Schedules a meeting; {@code startsAt} and {@code endsAt} on the tenant's clock ({@code 2026-12-05T09:00}). */
    public MeetingView schedule(Long villageId, Long typeId, String startsAt, String endsAt, String place, List<String> expected) {
        UserPrincipal user = Access.require(Permission.ORGLIFE_RECORD);
        if (villageId == null) {
            throw new DomainException("error.meeting.village", "");
        }
        Place village = places.visiblePlace(villageId, Permission.ORGLIFE_RECORD);
        if (village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.meeting.village", villageId);
        }
        if (typeId == null) {
            throw new DomainException("error.meeting.type", "");
        }
        MeetingType type = db.tenant().find(MeetingType.class, typeId);
        if (type == null) {
            throw new DomainException("error.meeting.type", typeId);
        }
        Meeting meeting = new Meeting(village.getId(), type, clock.atLocal(startsAt, "error.meeting.startsAt"),
                clock.atLocal(endsAt, "error.meeting.endsAt"),
                place, expected, user.describe(), clock.now());
        db.tenant().persist(meeting);
        db.tenant().flush();
        return MeetingView.of(meeting);
    }

    /** Someone a village may expect at a meeting: a person on its terminals. */
    public record Attendee(String pin, String name) implements Serializable {
    }

    /** The people on a village's terminals, by PIN: whom a meeting may expect. */
    public List<Attendee> attendees(long villageId) {
        Access.require(Permission.ORGLIFE_RECORD);
        places.visiblePlace(villageId, Permission.ORGLIFE_RECORD);
        return people.activeNamesIn(villageId).entrySet().stream().map(e -> new Attendee(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Attendee::pin)).toList();
    }

    /** The township approves a meeting's record, or rejects it with a reason. */
    public MeetingView review(long id, Boolean approve, String reason) {
        UserPrincipal user = Access.require(Permission.ORGLIFE_REVIEW);
        Meeting meeting = visible(user, id);
        if (approve == null) {
            throw new DomainException("error.meeting.approve", "");
        }
        meeting.review(approve, reason, user.describe(), clock.now());
        db.tenant().flush();
        return MeetingView.of(meeting);
    }

    /**
     * The compliance board of a month ({@code 2026-12}; this month when absent): for every village in
     * the reader's scope and every meeting type, the meetings the rules require in the type's period
     * (a month; the quarter holding the month; a week: one per Monday of the month) against those
     * scheduled in it and not rejected.
     */
    public List<ComplianceLine> compliance(String month) {
        Access.require(Permission.ORGLIFE_VIEW);
        YearMonth period = month(month, clock);
        List<MeetingType> types = db.tenant().createQuery("select t from MeetingType t order by t.code", MeetingType.class).getResultList();
        List<ComplianceLine> lines = new ArrayList<>();
        for (PlaceView village : places.visibleVillages()) {
            for (MeetingType type : types) {
                LocalDate from = type.getFrequency() == Frequency.QUARTERLY
                        ? period.withMonth((period.getMonthValue() - 1) / 3 * 3 + 1).atDay(1) : period.atDay(1);
                LocalDate to = type.getFrequency() == Frequency.QUARTERLY ? YearMonth.from(from).plusMonths(2).atEndOfMonth()
                        : period.atEndOfMonth();
                int required = type.getFrequency() == Frequency.WEEKLY
                        ? (int) from.datesUntil(to.plusDays(1)).filter(d -> d.getDayOfWeek() == DayOfWeek.MONDAY).count() : 1;
                long held = db.tenant().createQuery("select count(m) from Meeting m where m.villageId = :village and m.type = :type"
                                + " and m.startsAt >= :from and m.startsAt < :to and m.review <> :rejected", Long.class)
                        .setParameter("village", village.id()).setParameter("type", type)
                        .setParameter("from", clock.startOf(from)).setParameter("to", clock.startOf(to.plusDays(1)))
                        .setParameter("rejected", Meeting.Review.REJECTED).getSingleResult();
                lines.add(new ComplianceLine(village.id(), village.name(), type.getCode(), type.getName(), type.getFrequency(), from, to,
                        required, (int) held, held < required));
            }
        }
        return lines;
    }

    public AttendanceView attendance(long id) {
        Meeting meeting = visible(Access.require(Permission.ORGLIFE_VIEW), id);
        // the whole day on the tenant's calendar: an expected person's punch at another hour is a flag
        Instant from = min(meeting.getStartsAt().minus(Attendance.MARGIN), clock.startOf(clock.dayOf(meeting.getStartsAt())));
        Instant to = max(meeting.getEndsAt().plus(Attendance.MARGIN), clock.startOf(clock.dayOf(meeting.getEndsAt()).plusDays(1)));
        List<Attendance.Punch> punches = records.punchesInVillage(meeting.getVillageId(), from, to).stream()
                .map(p -> new Attendance.Punch(p.pin(), p.punchedAt())).toList();
        Map<String, String> names = people.namesIn(meeting.getVillageId());
        List<PersonView> present = Attendance.of(meeting.getStartsAt(), meeting.getEndsAt(), meeting.expected(), punches).stream()
                .map(p -> new PersonView(p.pin(), names.get(p.pin()), p.expected(), p.attended(), p.firstPunch(), p.lastPunch(),
                        p.minutesPresent(), p.punchedOutside())).toList();
        List<SnapshotView> snapshots = records.photosInVillage(meeting.getVillageId(), meeting.getStartsAt().minus(Attendance.MARGIN),
                meeting.getEndsAt().plus(Attendance.MARGIN)).stream().map(p -> new SnapshotView(p.id(), p.pin(), p.takenAt())).toList();
        List<FileView> files = files(meeting);
        int expected = meeting.expected().size();
        int attendedExpected = (int) present.stream().filter(p -> p.expected() && p.attended()).count();
        int attended = (int) present.stream().filter(PersonView::attended).count();
        long longest = present.stream().mapToLong(PersonView::minutesPresent).max().orElse(0);
        boolean tooFew = attended == 0 || expected > 0 && attendedExpected * 2 < expected;
        boolean tooShort = Duration.between(meeting.getStartsAt(), meeting.getEndsAt()).toMinutes() < meeting.getType().getMinimumMinutes()
                || longest < meeting.getType().getMinimumMinutes();
        boolean noPhoto = snapshots.isEmpty() && files.stream().noneMatch(f -> f.kind() == MeetingFile.Kind.PHOTO);
        boolean outside = present.stream().anyMatch(p -> p.punchedOutside() != null);
        boolean noMinutes = files.stream().noneMatch(f -> f.kind() == MeetingFile.Kind.MINUTES);
        return new AttendanceView(MeetingView.of(meeting), present, expected, attendedExpected, attended, tooFew, tooShort, snapshots,
                files, noPhoto, outside, noMinutes);
    }

    /** A meeting as the village board shows it to everyone: no names, only how many of the expected came. */
    public record PublicMeeting(String typeName, Instant startsAt, Instant endsAt, String place, int expected, int attendedExpected,
                                Meeting.Review review) implements Serializable {
    }

    /**
     * This month's meetings of a village for its board (the kiosk): each meeting that has begun, with
     * how many of the expected came, and the month's attendance rate over them ({@code null} when no
     * one was expected). A village of no tenant, or no village, is not found.
     */
    public record PublicMonth(YearMonth month, List<PublicMeeting> meetings, Integer attendancePercent) implements Serializable {
    }

    public PublicMonth publicMonth(long villageId) {
        long village = places.publicVillage(villageId).id();
        YearMonth month = clock.month();
        Instant now = clock.now();
        List<Meeting> meetings = db.tenant().createQuery("select m from Meeting m where m.villageId = :village and m.startsAt >= :from"
                        + " and m.startsAt < :to and m.startsAt <= :now and m.review <> :rejected order by m.startsAt", Meeting.class)
                .setParameter("village", village).setParameter("from", clock.startOf(month.atDay(1)))
                .setParameter("to", clock.startOf(month.plusMonths(1).atDay(1))).setParameter("now", now)
                .setParameter("rejected", Meeting.Review.REJECTED).setMaxResults(100).getResultList();
        List<PublicMeeting> shown = new ArrayList<>();
        int expected = 0;
        int came = 0;
        for (Meeting m : meetings) {
            List<Attendance.Punch> punches = records.punchesInVillage(village, m.getStartsAt().minus(Attendance.MARGIN),
                    m.getEndsAt().plus(Attendance.MARGIN)).stream().map(p -> new Attendance.Punch(p.pin(), p.punchedAt())).toList();
            int attended = (int) Attendance.of(m.getStartsAt(), m.getEndsAt(), m.expected(), punches).stream()
                    .filter(p -> p.expected() && p.attended()).count();
            expected += m.expected().size();
            came += attended;
            shown.add(new PublicMeeting(m.getType().getName(), m.getStartsAt(), m.getEndsAt(), m.getPlace(), m.expected().size(), attended,
                    m.getReview()));
        }
        return new PublicMonth(month, shown, expected == 0 ? null : Math.round(came * 100f / expected));
    }

    /**
     * Adds the minutes or a photo to a meeting once it has begun and until the township has reviewed
     * it (at most {@link MeetingFile#MAX_PER_MEETING}).
     */
    public FileView attach(long meetingId, MeetingFile.Kind kind, String name, byte[] content) {
        UserPrincipal user = Access.require(Permission.ORGLIFE_RECORD);
        Meeting meeting = visible(user, meetingId);
        if (kind == null) {
            throw new DomainException("error.meetingFile.kind", "");
        }
        Instant now = clock.now();
        if (now.isBefore(meeting.getStartsAt())) {
            throw DomainException.conflict("error.meetingFile.notBegun", meeting.getStartsAt());
        }
        if (meeting.getReview() != Meeting.Review.PENDING) {
            throw DomainException.conflict("error.meeting.reviewed", meeting.getReview().name());
        }
        long count = db.tenant().createQuery("select count(f) from MeetingFile f where f.meeting = :m", Long.class)
                .setParameter("m", meeting).getSingleResult();
        if (count >= MeetingFile.MAX_PER_MEETING) {
            throw new DomainException("error.meetingFile.tooMany", MeetingFile.MAX_PER_MEETING);
        }
        MeetingFile file = new MeetingFile(meeting, kind, name, content, user.describe(), now);
        db.tenant().persist(file);
        db.tenant().flush();
        return FileView.of(file);
    }

    /** The files of a meeting the reader sees, without their bytes. */
    public List<FileView> files(long meetingId) {
        return files(visible(Access.require(Permission.ORGLIFE_VIEW), meetingId));
    }

    /** What a file of a meeting the reader sees is, without its bytes. */
    public FileView fileInfo(long fileId) {
        UserPrincipal user = Access.require(Permission.ORGLIFE_VIEW);
        MeetingFile file = db.tenant().find(MeetingFile.class, fileId);
        if (file == null || !inScope(user, file.getMeeting().getVillageId())) {
            throw new NotFoundException("MeetingFile", fileId);
        }
        return FileView.of(file);
    }

    /** An uploaded file of a meeting the reader sees. */
    public Download file(long meetingId, long fileId) {
        Meeting meeting = visible(Access.require(Permission.ORGLIFE_VIEW), meetingId);
        MeetingFile file = db.tenant().find(MeetingFile.class, fileId);
        if (file == null || file.getMeeting().getId() != meeting.getId()) {
            throw new NotFoundException("MeetingFile", fileId);
        }
        return new Download(file.getFileName(), file.getFile().getContentType(), file.getFile().getContent());
    }

    /** A snapshot a terminal of the meeting's village took during the meeting. */
    public Download terminalPhoto(long meetingId, long photoId) {
        Meeting meeting = visible(Access.require(Permission.ORGLIFE_VIEW), meetingId);
        byte[] jpeg = records.photoInVillage(meeting.getVillageId(), photoId, meeting.getStartsAt().minus(Attendance.MARGIN),
                meeting.getEndsAt().plus(Attendance.MARGIN));
        return new Download("snapshot-" + photoId + ".jpg", "image/jpeg", jpeg);
    }

    private List<FileView> files(Meeting meeting) {
        return db.tenant().createQuery("select f from MeetingFile f where f.meeting = :m order by f.id", MeetingFile.class)
                .setParameter("m", meeting).getResultStream().map(FileView::of).toList();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A month as {@code 2026-12}, this month on the tenant's clock when absent; refused naming the text otherwise. */
    static YearMonth month(String text, BusinessClock clock) {
        try {
            return text == null || text.isBlank() ? clock.month() : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("error.meeting.month", text);
        }
    }

    private MeetingType findType(long id) {
        MeetingType type = db.tenant().find(MeetingType.class, id);
        if (type == null) {
            throw new NotFoundException("MeetingType", id);
        }
        return type;
    }

    private Meeting visible(UserPrincipal user, long id) {
        Meeting meeting = db.tenant().find(Meeting.class, id);
        if (meeting == null || !inScope(user, meeting.getVillageId())) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }

    private boolean inScope(UserPrincipal user, long villageId) {
        Place village = db.tenant().find(Place.class, villageId);
        return village != null && Access.inScope(user, village.getPath());
    }
}
