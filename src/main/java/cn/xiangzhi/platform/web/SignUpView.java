package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.Onboarding;
import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.platform.domain.Starter;
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

    private final TenantForm form = new TenantForm();

    public void signUp() {
        TenantSnapshot[] opened = new TenantSnapshot[1];
        Onboarding.SignUp signUp = new Onboarding.SignUp(form.getCode(), form.getName(), form.getKind(),
                form.getDivisionCode(), form.getAdminName(), form.getAdminPhone(), form.password(), form.getStarter(),
                form.getTheme());
        if (Pages.run(() -> opened[0] = onboarding.signUp(signUp), null)) {
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

    public TenantForm getForm() {
        return form;
    }
}
