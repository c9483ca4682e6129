package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.Onboarding;
import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.platform.domain.Starter;
import cn.xiangzhi.platform.domain.TenantKind;
import cn.xiangzhi.platform.infrastructure.ThemeCatalog;
import cn.xiangzhi.shared.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/** The public sign-up page of counties and townships. */
@Named
@ViewScoped
public class SignUpView implements Serializable {

    @Inject
    transient Onboarding onboarding;

    @Inject
    transient ThemeCatalog themes;

    private String code;
    private String name;
    private TenantKind kind = TenantKind.COUNTY;
    private String divisionCode;
    private String adminName;
    private String adminPhone;
    private String password;
    private String starter;
    private String theme;

    public void signUp() {
        TenantSnapshot[] opened = new TenantSnapshot[1];
        Onboarding.SignUp form = new Onboarding.SignUp(code, name, kind, divisionCode, adminName, adminPhone,
                password == null ? null : password.toCharArray(), starter, theme);
        if (Pages.run(() -> opened[0] = onboarding.signUp(form), null)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            String login = faces.getExternalContext().getRequestContextPath() + "/t/" + opened[0].code() + "/login.xhtml";
            Pages.info("signup.done", login);
            try {
                faces.getExternalContext().redirect(login);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public List<Starter> getStarters() {
        return onboarding.starters();
    }

    public List<ThemeCatalog.Theme> getThemes() {
        return themes.all();
    }

    public TenantKind[] getKinds() {
        return TenantKind.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TenantKind getKind() {
        return kind;
    }

    public void setKind(TenantKind kind) {
        this.kind = kind;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public void setDivisionCode(String divisionCode) {
        this.divisionCode = divisionCode;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminPhone() {
        return adminPhone;
    }

    public void setAdminPhone(String adminPhone) {
        this.adminPhone = adminPhone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getStarter() {
        return starter;
    }

    public void setStarter(String starter) {
        this.starter = starter;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
