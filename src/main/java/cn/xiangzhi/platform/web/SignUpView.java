package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.Onboarding;
import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.platform.domain.Starter;
import cn.xiangzhi.platform.infrastructure.ThemeCatalog;
import cn.xiangzhi.shared.web.ClientAddress;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.TenantPaths;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The public sign-up page of counties and townships. Stateless (ADR 0013): the form is submitted
 * whole, a refusal shows the page again with what was typed, a success goes to the new tenant's
 * sign-in page ({@code ?signedUp=1} shows how to sign in).
 */
@Named
@RequestScoped
public class SignUpView {

    @Inject
    Onboarding onboarding;

    @Inject
    ThemeCatalog themes;

    private final TenantForm form = new TenantForm();

    public void signUp() {
        TenantSnapshot[] opened = new TenantSnapshot[1];
        Onboarding.SignUp signUp = new Onboarding.SignUp(form.getCode(), form.getName(), form.getPlaceName(), form.getKind(),
                form.getDivisionCode(), form.getAdminName(), form.getAdminPhone(), form.password(), form.getStarter(),
                form.getTheme(), ClientAddress.of(
                (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()));
        if (Pages.run(() -> opened[0] = onboarding.signUp(signUp), null)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String login = faces.getExternalContext().getRequestContextPath() + TenantPaths.site(opened[0].code()) + "/login.xhtml?signedUp=1";
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
