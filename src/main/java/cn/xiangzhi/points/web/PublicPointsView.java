package cn.xiangzhi.points.web;

import cn.xiangzhi.points.application.PointsBoard;
import cn.xiangzhi.points.application.PointsBoard.Board;
import cn.xiangzhi.points.application.PointsBoard.BoardLine;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.PlainForm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The public page of a village's monthly points (一月一公示), reachable without a login from a
 * phone: the published totals, and a household's objection made with its code and the head's name.
 * Stateless (ADR 0013): plain HTML forms post to the page itself — {@code step=identify} lists the
 * household's lines, {@code step=object} raises the objection — and every value travels in the
 * request, so an anonymous visitor costs the server no session.
 */
@Named
@RequestScoped
public class PublicPointsView {

    static final int MAX_CODE = 120;
    static final int MAX_NAME = 60;
    static final int MAX_REASON = 500;

    @Inject
    PointsBoard board;

    private Long villageId;
    private String month;
    private Board shown;
    private List<String> months = List.of();
    private String householdCode;
    private String headName;
    private List<BoardLine> lines = List.of();
    private String reason;
    private boolean missing;

    /** Reads the request (a GET of the board, or one of the two posts) and does what it asks. */
    public void load() {
        householdCode = PlainForm.text("code", MAX_CODE);
        headName = PlainForm.text("head", MAX_NAME);
        reason = PlainForm.text("reason", MAX_REASON);
        String step = PlainForm.text("step", 10);
        if (villageId == null) {
            missing = true;
            return;
        }
        show();
        if (shown == null || !PlainForm.isPost()) {
            return;
        }
        if ("identify".equals(step)) {
            identify();
        } else if ("object".equals(step)) {
            object(PlainForm.number("line"));
        }
    }

    private void show() {
        missing = !Pages.run(() -> {
            months = board.publishedMonths(villageId);
            shown = board.board(villageId, month).orElse(null);
        }, null);
        if (shown != null) {
            month = shown.month();
        }
    }

    /** The household names itself; its lines of the month are listed for it to pick one. */
    private void identify() {
        if (!Pages.run(() -> lines = board.householdLines(villageId, month, householdCode, headName), null)) {
            lines = List.of();
        }
    }

    private void object(Long lineId) {
        if (lineId == null) {
            Pages.refuse("points.chooseLine");
            identify();
            return;
        }
        if (Pages.run(() -> board.object(villageId, householdCode, headName, lineId, reason), "points.objectionRaised")) {
            reason = null;
            show();
        }
        identify();
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month == null || month.isBlank() ? null : month;
    }

    public Board getShown() {
        return shown;
    }

    public List<String> getMonths() {
        return months;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getHouseholdCode() {
        return householdCode;
    }

    public String getHeadName() {
        return headName;
    }

    public List<BoardLine> getLines() {
        return lines;
    }

    public String getReason() {
        return reason;
    }
}
