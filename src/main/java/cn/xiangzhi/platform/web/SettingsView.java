package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.Onboarding;
import cn.xiangzhi.platform.application.TenantAdministration;
import cn.xiangzhi.platform.infrastructure.ThemeCatalog;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** The tenant admin's settings: the look of the pages, and applying the starter again. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    @Inject
    TenantAdministration administration;

    @Inject
    Onboarding onboarding;

    @Inject
    ThemeCatalog themes;

    @Inject
    RequestInfo request;

    private String theme;
    private String timeZone;

    @PostConstruct
    void load() {
        theme = request.getTenant().theme();
        timeZone = request.getTenant().timeZone();
    }

    /** The tenant's business days and months follow its time zone (ADR 0014). */
    public void saveTimeZone() {
        if (Pages.run(() -> administration.changeTimeZone(timeZone), "settings.saved")) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            try {
                faces.getExternalContext().redirect(request.getBase() + "/settings.xhtml");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every region time zone, Chinese ones first. */
    public List<String> getTimeZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                        && !z.startsWith("SystemV/"))
                .sorted(Comparator.comparing((String z) -> !z.equals("Asia/Shanghai") && !z.equals("Asia/Urumqi")
                        && !z.equals("Asia/Hong_Kong") && !z.equals("Asia/Macau")).thenComparing(z -> z))
                .toList();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public void saveTheme() {
        if (Pages.run(() -> administration.changeTheme(theme), "settings.saved")) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            try {
                faces.getExternalContext().redirect(request.getBase() + "/settings.xhtml");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public void reapplyStarter() {
        int[] added = new int[1];
        if (Pages.run(() -> added[0] = onboarding.reapplyStarter(), null)) {
            Pages.info("settings.reapplied", added[0]);
        }
    }

    public List<ThemeCatalog.Theme> getThemes() {
        return themes.all();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    /** The name of the starter the tenant was set up from (its code when it is no longer offered). */
    public String getStarterName() {
        String code = request.getTenant() == null ? null : request.getTenant().starter();
        if (code == null) {
            return "";
        }
        return onboarding.starters().stream().filter(s -> code.equals(s.code())).map(s -> s.name()).findFirst().orElse(code);
    }
}
