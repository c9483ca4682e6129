package cn.xiangzhi.rating.web;

import cn.xiangzhi.rating.application.Ballots;
import cn.xiangzhi.rating.application.RatingViews.BallotView;
import cn.xiangzhi.rating.application.RatingViews.Cast;
import cn.xiangzhi.shared.web.ClientAddress;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.PlainForm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * The phone page a QR code opens (扫码评星): the campaign's questions, the rater names itself (party
 * member code + phone, household code + head's name, or household code + printed token), picks the
 * subject and answers. Stateless (ADR 0013): one plain form posting to the page itself, no script;
 * everything travels in the request.
 */
@Named
@RequestScoped
public class RatingBallotPage {

    private static final int MAX_TEXT = 60;
    private static final int MAX_COMMENT = 500;

    @Inject
    Ballots ballots;

    private Long campaignId;
    private Long villageId;
    private Long subjectId;
    private Long fixedSubject;
    private BallotView ballot;
    private boolean missing;
    private String way = "HOUSEHOLD";
    private String code;
    private String secret;
    private String comment;
    private List<String> answers = new ArrayList<>();
    private Cast cast;

    public void load() {
        if (campaignId == null) {
            missing = true;
            return;
        }
        fixedSubject = subjectId;
        missing = !Pages.run(() -> ballot = ballots.ballot(campaignId, villageId, fixedSubject), null);
        if (missing || !PlainForm.isPost()) {
            return;
        }
        String chosen = PlainForm.text("way", 10);
        way = "MEMBER".equals(chosen) || "TOKEN".equals(chosen) ? chosen : "HOUSEHOLD";
        code = PlainForm.text("code", MAX_TEXT);
        secret = PlainForm.text("secret", MAX_TEXT);
        comment = PlainForm.text("comment", MAX_COMMENT);
        subjectId = PlainForm.number("subject");
        for (int i = 0; i < ballot.questions().size(); i++) {
            answers.add(PlainForm.text("q" + i, 3));
        }
        if (subjectId == null) {
            Pages.refuse("rating.chooseSubject");
            return;
        }
        Pages.run(() -> cast = ballots.vote(new Ballots.VoteRequest(campaignId, subjectId, Ballots.Way.valueOf(way), code, secret, answers,
                comment, ClientAddress.of(PlainForm.request()))), null);
    }

    /** Whether answer {@code value} to question {@code index} was given in the request (to show it checked again). */
    public boolean answered(int index, int value) {
        return index < answers.size() && String.valueOf(value).equals(answers.get(index));
    }

    public List<Integer> scale() {
        List<Integer> values = new ArrayList<>();
        for (int i = ballot.scale(); i >= 1; i--) {
            values.add(i);
        }
        return values;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    /** The subject of the QR poster the page was opened from (the only one it offers), or null. */
    public Long getFixedSubject() {
        return fixedSubject;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public BallotView getBallot() {
        return ballot;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getWay() {
        return way;
    }

    public String getCode() {
        return code;
    }

    public String getComment() {
        return comment;
    }

    public Cast getCast() {
        return cast;
    }
}
