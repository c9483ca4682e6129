package cn.xiangzhi.rating.web;

import cn.xiangzhi.rating.application.Ballots;
import cn.xiangzhi.rating.application.CampaignTrails;
import cn.xiangzhi.rating.application.ConsequenceRules;
import cn.xiangzhi.rating.application.RatingViews.ConsequenceLine;
import cn.xiangzhi.rating.application.RatingViews.Trail;
import cn.xiangzhi.rating.application.Campaigns;
import cn.xiangzhi.rating.application.RatingReports;
import cn.xiangzhi.rating.application.RatingViews;
import cn.xiangzhi.rating.application.RatingViews.BottomLineView;
import cn.xiangzhi.rating.application.RatingViews.ProblemView;
import cn.xiangzhi.rating.application.RatingViews.Results;
import cn.xiangzhi.shared.web.Charts;
import cn.xiangzhi.shared.web.Downloads;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.SiteOrigin;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rating campaign ({@code rating-campaign.xhtml?id=}): the QR code of its phone page for the big
 * screen or a poster, the results computed from the ledger (stars, the bottom line that capped a
 * subject, the rank in its township, the consequence), the star distribution as a bar chart, the
 * breaches a township records, each subject's PDF report and QR poster, the consequences list by
 * township, the results as Excel, the problems with their promises, and the campaign's audit trail.
 */
@Named
@ViewScoped
public class RatingCampaignView implements Serializable {

    private static final String PDF = "application/pdf";
    private static final java.time.format.DateTimeFormatter HOUR = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:00");

    @Inject
    Campaigns campaigns;

    @Inject
    RatingReports reports;

    @Inject
    Ballots ballots;

    @Inject
    ConsequenceRules consequenceRules;

    @Inject
    CampaignTrails trails;

    private Long id;
    private Results results;
    private List<ProblemView> problems = List.of();
    private List<BottomLineView> bottomLines = List.of();
    private String qr;
    private String phoneUrl;
    private final Map<Long, Long> breachOf = new HashMap<>();
    private final Map<Long, String> breachNote = new HashMap<>();
    private Long problemSubject;
    private String problem;
    private String promise;
    private LocalDate dueOn;
    private final Map<Long, String> evidence = new HashMap<>();
    private Long slipVillage;
    private Long voteSubject;
    private final Map<Integer, Object> answers = new HashMap<>();
    private String voteComment;
    private List<ConsequenceLine> consequenceLines = List.of();
    private boolean rulesKept;
    private Trail trail;

    public void load() {
        if (id == null || !Pages.run(this::read, null)) {
            results = null;
        }
    }

    private void read() {
        results = campaigns.results(id);
        consequenceLines = ConsequenceRules.lines(results);
        rulesKept = !consequenceRules.rules().isEmpty();
        problems = campaigns.problems(id);
        bottomLines = campaigns.bottomLines();
        if (qr == null) {
            String origin = origin();
            phoneUrl = origin + RatingReports.phonePath(id, null);
            qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(reports.qrPng(id, null, origin));
        }
    }

    public void breach(long subjectId) {
        if (Pages.run(() -> campaigns.breach(subjectId, breachOf.get(subjectId), breachNote.get(subjectId)), "rating.breachRecorded")) {
            Pages.run(this::read, null);
        }
    }

    public void addProblem() {
        if (Pages.run(() -> campaigns.addProblem(problemSubject == null ? 0 : problemSubject, problem, promise,
                dueOn == null ? null : dueOn.toString()), "rating.problemAdded")) {
            problem = null;
            promise = null;
            Pages.run(this::read, null);
        }
    }

    public void done(long problemId) {
        if (Pages.run(() -> campaigns.problemDone(problemId, evidence.get(problemId)), "rating.problemDone")) {
            Pages.run(this::read, null);
        }
    }

    public StreamedContent report(long subjectId) {
        return Downloads.file("rating-report-" + subjectId + ".pdf", PDF, () -> reports.reportPdf(subjectId));
    }

    /** The QR poster of one subject's phone page, to put up where its raters pass. */
    public StreamedContent poster(long subjectId) {
        String origin = origin();
        return Downloads.file("rating-poster-" + id + "-" + subjectId + ".pdf", PDF, () -> reports.posterPdf(id, subjectId, origin));
    }

    public StreamedContent resultsWorkbook() {
        return Downloads.xlsx(() -> consequenceRules.workbook(id));
    }

    public void loadTrail() {
        Pages.run(() -> trail = trails.trail(id), null);
    }

    /** Ballots and refused attempts by hour, as bars. */
    public String getTrailChart() {
        if (trail == null) {
            return null;
        }
        List<RatingViews.TrailHour> hours = trail.hours();
        return Charts.bars(hours.stream().map(h -> hour(h.hour())).toList(), List.of(
                new Charts.Series(Pages.text("rating.trail.ballots"), "#1565c0", hours.stream().map(RatingViews.TrailHour::ballots).toList()),
                new Charts.Series(Pages.text("rating.trail.refused"), "#c62828",
                        hours.stream().map(h -> h.notIdentified() + h.tooMany()).toList())));
    }

    /** An hour of the trail on the tenant's clock: {@code 12-06 10:00}. */
    public String hour(java.time.LocalDateTime hour) {
        return HOUR.format(hour);
    }

    public Trail getTrail() {
        return trail;
    }

    public List<ConsequenceLine> getConsequenceLines() {
        return consequenceLines;
    }

    public boolean isRulesKept() {
        return rulesKept;
    }

    /** The signed-in user's own vote (a superior when scoped above a village, otherwise a peer). */
    public void vote() {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < results.campaign().questions().size(); i++) {
            Object answer = answers.get(i);
            given.add(answer == null ? null : String.valueOf(answer));
        }
        RatingViews.Cast[] cast = new RatingViews.Cast[1];
        if (Pages.run(() -> cast[0] = ballots.voteAsUser(id, voteSubject == null ? 0 : voteSubject, given, voteComment), null)) {
            Pages.info(cast[0].changed() ? "rating.changed" : "rating.cast", cast[0].subjectName(),
                    Pages.text("rating.group." + cast[0].group().name()));
            answers.clear();
            voteComment = null;
            Pages.run(this::read, null);
        }
    }

    /** The points of the campaign's scale, highest first. */
    public List<Integer> getScale() {
        List<Integer> values = new ArrayList<>();
        for (int i = results == null ? 0 : results.campaign().scale(); i >= 1; i--) {
            values.add(i);
        }
        return values;
    }

    public Long getVoteSubject() {
        return voteSubject;
    }

    public void setVoteSubject(Long voteSubject) {
        this.voteSubject = voteSubject;
    }

    public Map<Integer, Object> getAnswers() {
        return answers;
    }

    public String getVoteComment() {
        return voteComment;
    }

    public void setVoteComment(String voteComment) {
        this.voteComment = voteComment;
    }

    /** The token slips of the chosen village's households, to print. */
    public StreamedContent slips() {
        if (slipVillage == null) {
            Pages.refuse("error.rating.villages");
            return null;
        }
        String origin = origin();
        return Downloads.file("rating-tokens-" + id + "-" + slipVillage + ".pdf", PDF, () -> reports.slipsPdf(id, slipVillage, origin));
    }

    /** The villages of the campaign's subjects, by id, for the slips. */
    public Map<String, Long> getVillages() {
        Map<String, Long> villages = new LinkedHashMap<>();
        if (results != null) {
            results.subjects().forEach(s -> villages.putIfAbsent(s.villageName(), s.villageId()));
        }
        return villages;
    }

    public Long getSlipVillage() {
        return slipVillage;
    }

    public void setSlipVillage(Long slipVillage) {
        this.slipVillage = slipVillage;
    }

    /** "★★★★☆" for {@code stars} of five; "—" for none yet. */
    public String stars(int stars) {
        return stars == 0 ? "—" : "★".repeat(stars) + "☆".repeat(5 - stars);
    }

    private static String origin() {
        return SiteOrigin.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Results getResults() {
        return results;
    }

    public List<ProblemView> getProblems() {
        return problems;
    }

    public List<BottomLineView> getBottomLines() {
        return bottomLines;
    }

    public String getQr() {
        return qr;
    }

    public String getPhoneUrl() {
        return phoneUrl;
    }

    public Map<Long, Long> getBreachOf() {
        return breachOf;
    }

    public Map<Long, String> getBreachNote() {
        return breachNote;
    }

    public Long getProblemSubject() {
        return problemSubject;
    }

    public void setProblemSubject(Long problemSubject) {
        this.problemSubject = problemSubject;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getPromise() {
        return promise;
    }

    public void setPromise(String promise) {
        this.promise = promise;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Map<Long, String> getEvidence() {
        return evidence;
    }
}
