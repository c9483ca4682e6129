package cn.xiangzhi.notices.web;

import cn.xiangzhi.notices.application.Notices;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The township's check of the monthly disclosures (三务公开): which villages published all three this month. */
@Named
@ViewScoped
public class DisclosuresView implements Serializable {

    @Inject
    Notices notices;

    @Inject
    BusinessClock clock;

    private String month;
    private List<Notices.Disclosure> lines = List.of();

    @PostConstruct
    void load() {
        month = clock.month().toString();
        show();
    }

    public void show() {
        YearMonth chosen;
        try {
            chosen = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            Pages.refuse("error.notice.month", month);
            return;
        }
        Pages.run(() -> lines = notices.disclosures(chosen), null);
    }

    public long getMissing() {
        return lines.stream().filter(l -> !l.isComplete()).count();
    }

    public List<Notices.Disclosure> getLines() {
        return lines;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
