package cn.xiangzhi.points.web;

import cn.xiangzhi.points.application.Restrictions;
import cn.xiangzhi.points.domain.RestrictionKind;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The negative list page: the restrictions in the user's scope; reviewers and admins place and lift them. */
@Named
@ViewScoped
public class RestrictionsView implements Serializable {

    @Inject
    Restrictions restrictions;

    private List<Restrictions.RestrictionView> list;
    private String householdCode;
    private RestrictionKind kind;
    private String reason;
    private LocalDate from;
    private LocalDate until;
    private final Map<Long, String> liftReasons = new HashMap<>();

    @PostConstruct
    void load() {
        list = restrictions.active(null, null);
    }

    public void place() {
        if (Pages.run(() -> restrictions.place(new Restrictions.Placing(null, householdCode, kind, reason, from, until)),
                "restriction.placed")) {
            householdCode = null;
            reason = null;
            from = null;
            until = null;
            load();
        }
    }

    public void lift(Restrictions.RestrictionView restriction) {
        if (Pages.run(() -> restrictions.lift(restriction.id(), liftReasons.get(restriction.id())), "restriction.lifted")) {
            liftReasons.remove(restriction.id());
            load();
        }
    }

    public RestrictionKind[] getKinds() {
        return RestrictionKind.values();
    }

    public List<Restrictions.RestrictionView> getList() {
        return list;
    }

    public Map<Long, String> getLiftReasons() {
        return liftReasons;
    }

    public String getHouseholdCode() {
        return householdCode;
    }

    public void setHouseholdCode(String householdCode) {
        this.householdCode = householdCode;
    }

    public RestrictionKind getKind() {
        return kind;
    }

    public void setKind(RestrictionKind kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
