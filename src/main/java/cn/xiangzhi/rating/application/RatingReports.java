package cn.xiangzhi.rating.application;

import cn.xiangzhi.rating.application.RatingViews.ProblemView;
import cn.xiangzhi.rating.application.RatingViews.Results;
import cn.xiangzhi.rating.application.RatingViews.SubjectResult;
import cn.xiangzhi.rating.application.RatingViews.SubjectView;
import cn.xiangzhi.rating.domain.RatingSubject;
import cn.xiangzhi.rating.infrastructure.ReportPrint;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.print.QrCode;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;

/** What a campaign prints: the QR code of its phone page (per village where useful) and a PDF report per subject. */
@ApplicationScoped
@Transactional
public class RatingReports {

    private static final Map<String, String> GROUPS = Map.of("SELF", "自评", "PEER", "互评", "PUBLIC", "群评", "SUPERIOR", "点评");

    @Inject
    Campaigns campaigns;

    @Inject
    TenantEntityManager db;

    /** The phone page of a campaign inside the application ({@code /t/{code}/public/rate.xhtml?campaign=…}). */
    public static String phonePath(long campaignId, Long villageId) {
        return phonePath(campaignId, villageId, null);
    }

    /** The phone page of a campaign, of one village's subjects or of one subject only. */
    public static String phonePath(long campaignId, Long villageId, Long subjectId) {
        return "/t/" + TenantContext.current().code() + "/public/rate.xhtml?campaign=" + campaignId
                + (villageId == null ? "" : "&village=" + villageId) + (subjectId == null ? "" : "&subject=" + subjectId);
    }

    /** The QR code of the phone page; {@code origin}: scheme, host and context path the phones reach. */
    public byte[] qrPng(long campaignId, Long villageId, String origin) {
        return qrPng(campaignId, villageId, null, origin);
    }

    /** The QR code of the phone page of one subject (or a village's, or all when both are null). */
    public byte[] qrPng(long campaignId, Long villageId, Long subjectId, String origin) {
        campaigns.campaign(campaignId);
        if (subjectId != null) {
            subjectOf(campaignId, subjectId);
        }
        return QrCode.png(origin + phonePath(campaignId, villageId, subjectId), 480);
    }

    /** A poster of the phone page's QR code to put up: of one subject, or of the whole campaign when {@code subjectId} is null. */
    public byte[] posterPdf(long campaignId, Long subjectId, String origin) {
        var campaign = campaigns.campaign(campaignId);
        String who = subjectId == null ? "" : subjectOf(campaignId, subjectId).name();
        String address = origin + phonePath(campaignId, null, subjectId);
        return ReportPrint.poster(campaign.title(), who, address, QrCode.png(address, 480));
    }

    private SubjectView subjectOf(long campaignId, long subjectId) {
        SubjectView subject = campaigns.subject(subjectId);
        if (subject.campaignId() != campaignId) {
            throw new NotFoundException(RatingSubject.class.getSimpleName(), subjectId);
        }
        return subject;
    }

    /** The token slips of a village's households for a campaign, to print and hand out; {@code origin} as for {@link #qrPng}. */
    public byte[] slipsPdf(long campaignId, long villageId, String origin) {
        var campaign = campaigns.campaign(campaignId);
        String village = db.tenant().createQuery("select p.name from Place p where p.id = :id", String.class).setParameter("id", villageId)
                .getResultStream().findFirst().orElse("");
        return ReportPrint.slips(campaign.title(), village, origin + phonePath(campaignId, villageId), campaigns.tokens(campaignId, villageId)
                .stream().map(t -> new ReportPrint.Slip(t.householdCode(), t.headName(), t.token())).toList());
    }

    public byte[] reportPdf(long subjectId) {
        SubjectView subject = campaigns.subject(subjectId);
        Results results = campaigns.results(subject.campaignId());
        SubjectResult r = results.subjects().stream().filter(s -> s.subjectId() == subjectId).findFirst()
                .orElseThrow(() -> new NotFoundException(RatingSubject.class.getSimpleName(), subjectId));
        return ReportPrint.pdf(new ReportPrint.Report(results.campaign().title(), r.name(),
                (r.townshipName() == null ? "" : r.townshipName() + " ") + r.villageName(),
                r.score() == null ? "—" : String.valueOf(r.score()), r.stars(),
                r.bottomLine() == null ? null : r.bottomLine() + (r.bottomLineNote() == null ? "" : "（" + r.bottomLineNote() + "）"),
                r.consequences().isEmpty() ? null : String.join("；", r.consequences()),
                r.groups().stream().map(g -> new ReportPrint.GroupLine(GROUPS.get(g.group().name()), g.weight(), g.votes(),
                        g.average() == null ? "—" : String.valueOf(g.average()))).toList(),
                campaigns.comments(subjectId),
                campaigns.problems(subject.campaignId()).stream().filter(p -> p.subjectId() == subjectId)
                        .map(RatingReports::line).toList()));
    }

    private static String line(ProblemView p) {
        return p.problem() + " —— 承诺：" + p.promise() + "（" + p.dueOn() + " 前）" + (p.isDone() ? " 已整改：" + p.evidence() : "");
    }
}
