package cn.xiangzhi.points.web;

import cn.xiangzhi.points.application.PointsBoard;
import cn.xiangzhi.points.application.PointsBoard.Board;
import cn.xiangzhi.points.application.PointsBoard.BoardLine;
import cn.xiangzhi.shared.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The public page of a village's monthly points (一月一公示), reachable without a login from a
 * phone: the published totals, and a household's objection made with its code and the head's name.
 */
@Named
@ViewScoped
public class PublicPointsView implements Serializable {

    @Inject
    transient PointsBoard board;

    private Long villageId;
    private String month;
    private Board shown;
    private List<String> months = List.of();
    private String householdCode;
    private String headName;
    private List<BoardLine> lines = List.of();
    private Long lineId;
    private String reason;
    private boolean missing;

    public void load() {
        if (villageId == null) {
            missing = true;
            return;
        }
        missing = !Pages.run(() -> {
            months = board.publishedMonths(villageId);
            shown = board.board(villageId, month).orElse(null);
        }, null);
        if (shown != null) {
            month = shown.month();
        }
    }

    /** The household names itself; its lines of the month are listed for it to pick one. */
    public void identify() {
        lineId = null;
        if (!Pages.run(() -> lines = board.householdLines(villageId, month, householdCode, headName), null)) {
            lines = List.of();
        }
    }

    public void object() {
        if (lineId == null) {
            Pages.refuse("points.chooseLine");
            return;
        }
        if (Pages.run(() -> board.object(villageId, householdCode, headName, lineId, reason), "points.objectionRaised")) {
            reason = null;
            lineId = null;
            identify();
            load();
        }
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

    public void setHouseholdCode(String householdCode) {
        this.householdCode = householdCode;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public List<BoardLine> getLines() {
        return lines;
    }

    public Long getLineId() {
        return lineId;
    }

    public void setLineId(Long lineId) {
        this.lineId = lineId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
