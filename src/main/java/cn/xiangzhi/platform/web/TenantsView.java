package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.TenantAdministration;
import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.platform.domain.TenantKind;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The operator console: tenants, opening one, suspending and resuming. */
@Named
@ViewScoped
public class TenantsView implements Serializable {

    @Inject
    transient TenantAdministration administration;

    private List<TenantSnapshot> tenants;
    private String code;
    private String name;
    private TenantKind kind = TenantKind.COUNTY;
    private String divisionCode;
    private String adminUsername;
    private String adminName;
    private String adminPhone;
    private String adminPassword;
    private String reason;

    @PostConstruct
    void load() {
        tenants = administration.list();
    }

    public void open() {
        TenantAdministration.Opening opening = new TenantAdministration.Opening(code, name, kind, divisionCode,
                adminUsername, adminName, adminPhone, adminPassword == null ? null : adminPassword.toCharArray(), null, null);
        if (Pages.run(() -> administration.open(opening), "tenant.opened", code)) {
            code = name = divisionCode = adminUsername = adminName = adminPhone = adminPassword = null;
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

    public TenantKind[] getKinds() {
        return TenantKind.values();
    }

    public List<TenantSnapshot> getTenants() {
        return tenants;
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

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
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

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
