package cn.xiangzhi.notices.application;

import cn.xiangzhi.notices.domain.Notice;
import cn.xiangzhi.notices.domain.NoticeFile;
import cn.xiangzhi.notices.domain.NoticeKind;
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
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Notices for villagers (通知公告 and the monthly 党务/村务/财务公开): a tenant admin publishes for any
 * place of the scope (every village under it sees the notice), a village admin for the village;
 * the kiosk and the public page of a village show the notices of the village and of the places
 * above it. Photos and PDFs go with a notice; a notice is withdrawn with a reason, never deleted.
 */
@ApplicationScoped
@Transactional
public class Notices {

    public static final String PUBLISH = Permission.NOTICE_PUBLISH;
    /** How many notices a board shows at most. */
    public static final int BOARD_SIZE = 20;

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    BusinessClock clock;

    /** A file to publish with a notice. */
    public record Upload(String name, byte[] content) implements Serializable {
    }

    public record FileView(long id, String fileName, String contentType, int byteCount) implements Serializable {
        static FileView of(NoticeFile f) {
            return new FileView(f.getId(), f.getFileName(), f.getFile().getContentType(), f.getFile().getByteCount());
        }

        public boolean isImage() {
            return contentType.startsWith("image/");
        }
    }

    public record NoticeView(long id, long placeId, String placeName, NoticeKind kind, String title, String body,
                             LocalDate lastDay, String publishedBy, Instant publishedAt, String withdrawnBy,
                             Instant withdrawnAt, String withdrawReason, List<FileView> files) implements Serializable {
        static NoticeView of(Notice n, List<FileView> files) {
            return new NoticeView(n.getId(), n.getPlace().getId(), n.getPlace().getName(), n.getKind(), n.getTitle(),
                    n.getBody(), n.getLastDay(), n.getPublishedBy(), n.getPublishedAt(), n.getWithdrawnBy(),
                    n.getWithdrawnAt(), n.getWithdrawReason(), files);
        }

        public boolean isWithdrawn() {
            return withdrawnAt != null;
        }

        public List<FileView> getImages() {
            return files.stream().filter(FileView::isImage).toList();
        }

        public List<FileView> getDocuments() {
            return files.stream().filter(f -> !f.isImage()).toList();
        }
    }

    /**
     * Whether a village published each of the three monthly disclosures (党务, 村务, 财务公开) in a
     * month: the township's check after the publication day.
     */
    public record Disclosure(long villageId, String villageName, String parentName, boolean partyAffairs,
                             boolean villageAffairs, boolean finance) implements Serializable {
        public boolean isComplete() {
            return partyAffairs && villageAffairs && finance;
        }
    }

    /** A file as the public gate serves it. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /**
     * Publishes a notice for {@code placeId} (a place of the publisher's scope) with its files, in
     * one transaction: a refused file publishes nothing.
     */
    public NoticeView publish(long placeId, NoticeKind kind, String title, String body, LocalDate lastDay, List<Upload> files) {
        UserPrincipal user = Access.require(PUBLISH);
        Place place = places.visiblePlace(placeId, PUBLISH);
        List<Upload> uploads = files == null ? List.of() : files;
        if (uploads.size() > NoticeFile.MAX_PER_NOTICE) {
            throw new DomainException("error.notice.files", NoticeFile.MAX_PER_NOTICE);
        }
        Instant now = clock.instant();
        Notice notice = new Notice(place, kind, title, body, lastDay, LocalDate.now(clock), user.displayName(), now);
        db.tenant().persist(notice);
        List<NoticeFile> stored = new ArrayList<>();
        for (Upload upload : uploads) {
            stored.add(store(notice, upload, user, now));
        }
        db.tenant().flush(); // the ids of the notice and its files
        return NoticeView.of(notice, stored.stream().map(FileView::of).toList());
    }

    /** Adds a file to a notice still on the boards (at most {@link NoticeFile#MAX_PER_NOTICE}). */
    public FileView attach(long noticeId, Upload upload) {
        UserPrincipal user = Access.require(PUBLISH);
        Notice notice = locked(noticeId, user);
        if (notice.getWithdrawnAt() != null) {
            throw DomainException.conflict("error.notice.withdrawn", noticeId);
        }
        long count = db.tenant().createQuery("select count(f) from NoticeFile f where f.notice = :n", Long.class)
                .setParameter("n", notice).getSingleResult();
        if (count >= NoticeFile.MAX_PER_NOTICE) {
            throw new DomainException("error.notice.files", NoticeFile.MAX_PER_NOTICE);
        }
        NoticeFile file = store(notice, upload, user, clock.instant());
        db.tenant().flush();
        return FileView.of(file);
    }

    /** Takes a notice off the boards with the reason. */
    public NoticeView withdraw(long noticeId, String reason) {
        UserPrincipal user = Access.require(PUBLISH);
        Notice notice = locked(noticeId, user);
        notice.withdraw(reason, user.displayName(), clock.instant());
        db.tenant().flush();
        return NoticeView.of(notice, filesOf(List.of(notice.getId())).getOrDefault(notice.getId(), List.of()));
    }

    /** Notices of the publisher's scope (of one place and the places under it), newest first, at most 200. */
    public List<NoticeView> notices(Long placeId, boolean withWithdrawn) {
        UserPrincipal user = Access.require(PUBLISH);
        String scope = placeId == null ? user.scopePath() : places.visiblePlace(placeId, PUBLISH).getPath();
        List<Notice> found = db.tenant().createQuery("select n from Notice n where n.place.path like :scope"
                        + (withWithdrawn ? "" : " and n.withdrawnAt is null") + " order by n.publishedAt desc, n.id desc", Notice.class)
                .setParameter("scope", scope + "%").setMaxResults(200).getResultList();
        return views(found);
    }

    public NoticeView notice(long id) {
        Notice notice = Access.findInScope(db.tenant(), Notice.class, id, PUBLISH, n -> n.getPlace().getPath());
        return NoticeView.of(notice, filesOf(List.of(id)).getOrDefault(id, List.of()));
    }

    /**
     * For every village of the user's scope: which monthly disclosures it published in {@code month}
     * (notices of the kind for the village itself, published in that month of the tenant's calendar
     * and not withdrawn). Villages missing one come first.
     */
    public List<Disclosure> disclosures(YearMonth month) {
        Access.require(Permission.PLACE_VIEW);
        List<PlaceView> visible = places.visible();
        List<PlaceView> villages = visible.stream().filter(p -> p.level().tier() == PlaceLevel.Tier.VILLAGE).toList();
        Map<Long, String> names = visible.stream().collect(Collectors.toMap(PlaceView::id, PlaceView::name));
        List<Object[]> rows = db.tenant().createQuery("select n.place.id, n.kind from Notice n where n.place.id in :villages"
                        + " and n.withdrawnAt is null and n.publishedAt >= :from and n.publishedAt < :to", Object[].class)
                .setParameter("villages", villages.isEmpty() ? List.of(-1L) : villages.stream().map(PlaceView::id).toList())
                .setParameter("from", clock.startOf(month.atDay(1))).setParameter("to", clock.startOf(month.plusMonths(1).atDay(1)))
                .getResultList();
        Map<Long, Set<NoticeKind>> published = rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0],
                Collectors.mapping(r -> (NoticeKind) r[1], Collectors.toSet())));
        return villages.stream().map(v -> {
            Set<NoticeKind> kinds = published.getOrDefault(v.id(), Set.of());
            return new Disclosure(v.id(), v.name(), v.parentId() == null ? "" : names.getOrDefault(v.parentId(), ""),
                    kinds.contains(NoticeKind.PARTY_AFFAIRS), kinds.contains(NoticeKind.VILLAGE_AFFAIRS), kinds.contains(NoticeKind.FINANCE));
        }).sorted(Comparator.comparing(Disclosure::isComplete).thenComparing(Disclosure::parentName)
                .thenComparing(Disclosure::villageName)).toList();
    }

    /** A file of a notice of the publisher's scope, described. */
    public FileView file(long fileId) {
        NoticeFile file = Access.findInScope(db.tenant(), NoticeFile.class, fileId, PUBLISH, f -> f.getNotice().getPlace().getPath());
        return FileView.of(file);
    }

    /**
     * What the kiosk and the public page of a village show, without a sign-in: the notices of the
     * village and of every place above it, on the boards today, newest first (at most {@link #BOARD_SIZE}).
     * A village of no tenant, or no village, is not found.
     */
    public List<NoticeView> onBoard(long villageId) {
        List<Long> lineage = places.publicVillage(villageId).lineageIds();
        LocalDate today = LocalDate.now(clock);
        List<Notice> found = db.tenant().createQuery("select n from Notice n where n.place.id in :lineage"
                        + " and n.withdrawnAt is null and (n.lastDay is null or n.lastDay >= :today)"
                        + " order by n.publishedAt desc, n.id desc", Notice.class)
                .setParameter("lineage", lineage).setParameter("today", today).setMaxResults(BOARD_SIZE).getResultList();
        return views(found);
    }

    /** A file of a notice on the boards today, for anyone (the kiosk, the public page); otherwise not found. */
    public Download publicFile(long fileId) {
        NoticeFile file = db.tenant().find(NoticeFile.class, fileId);
        if (file == null || !file.getNotice().isShownOn(LocalDate.now(clock))) {
            throw new NotFoundException("NoticeFile", fileId);
        }
        return new Download(file.getFileName(), file.getFile().getContentType(), file.getFile().getContent());
    }

    private NoticeFile store(Notice notice, Upload upload, UserPrincipal user, Instant at) {
        NoticeFile file = new NoticeFile(notice, upload.name(), upload.content() == null ? new byte[0] : upload.content(),
                user.displayName(), at);
        db.tenant().persist(file);
        return file;
    }

    private List<NoticeView> views(List<Notice> notices) {
        Map<Long, List<FileView>> files = filesOf(notices.stream().map(Notice::getId).toList());
        return notices.stream().map(n -> NoticeView.of(n, files.getOrDefault(n.getId(), List.of()))).toList();
    }

    private Map<Long, List<FileView>> filesOf(List<Long> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Map.of();
        }
        // the files' descriptions only: the bytes stay in the database until a file is asked for
        List<Object[]> rows = db.tenant().createQuery("select f.notice.id, f.id, f.fileName, f.file.contentType, f.file.byteCount"
                        + " from NoticeFile f where f.notice.id in :ids order by f.id", Object[].class)
                .setParameter("ids", noticeIds).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0],
                Collectors.mapping(r -> new FileView((Long) r[1], (String) r[2], (String) r[3], (Integer) r[4]), Collectors.toList())));
    }

    private Notice locked(long id, UserPrincipal user) {
        Notice notice = db.tenant().find(Notice.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (notice == null || !Access.inScope(user, notice.getPlace().getPath())) {
            throw new NotFoundException("Notice", id);
        }
        return notice;
    }
}
