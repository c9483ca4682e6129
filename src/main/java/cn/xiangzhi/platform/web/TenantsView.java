package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.TenantAdministration;
import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The operator console: tenants (with where self-service sign-ups came from), opening, suspending, resuming and removing one. */
@Named
@ViewScoped
public class TenantsView implements Serializable {

    @Inject
    TenantAdministration administration;

    private List<TenantSnapshot> tenants;
    private TenantForm form = new TenantForm();
    private String reason;
    private String confirmCode;

    @PostConstruct
    void load() {
        tenants = administration.list();
    }

    public void open() {
        TenantForm f = form;
        TenantAdministration.Opening opening = new TenantAdministration.Opening(f.getCode(), f.getName(), null, f.getKind(),
                f.getDivisionCode(), f.getAdminUsername(), f.getAdminName(), f.getAdminPhone(), f.password(), null, null);
        if (Pages.run(() -> administration.open(opening), "tenant.opened", f.getCode())) {
            form = new TenantForm();
            load();
        }
    }

    public void suspend(TenantSnapshot tenant) {
        Pages.run(() -> administration.suspend(tenant.id(), reason), "tenant.suspended", tenant.code());
        reason = null;
        load();
    }

    public void resume(TenantSnapshot tenant) {
        Pages.run(() -> administration.resume(tenant.id()), "tenant.resumed", tenant.code());
        load();
    }

    /** Removes a suspended tenant with its data once the operator typed its code into {@link #getConfirmCode()}. */
    public void remove(TenantSnapshot tenant) {
        if (Pages.run(() -> administration.remove(tenant.id(), confirmCode), "tenant.removed", tenant.code())) {
            confirmCode = null;
            load();
        }
    }

    public String getConfirmCode() {
        return confirmCode;
    }

    public void setConfirmCode(String confirmCode) {
        this.confirmCode = confirmCode;
    }

    public List<TenantSnapshot> getTenants() {
        return tenants;
    }

    public TenantForm getForm() {
        return form;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
