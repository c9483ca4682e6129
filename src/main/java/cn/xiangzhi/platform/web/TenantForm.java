package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.domain.TenantKind;

import java.io.Serializable;

/** What a page collects to open a tenant: the operator console and the public sign-up. */
public class TenantForm implements Serializable {

    private String code;
    private String name;
    private String placeName;
    private TenantKind kind = TenantKind.COUNTY;
    private String divisionCode;
    private String adminUsername;
    private String adminName;
    private String adminPhone;
    private String adminPassword;
    private String starter;
    private String theme;

    char[] password() {
        return adminPassword == null ? null : adminPassword.toCharArray();
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

    public String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(String placeName) {
        this.placeName = placeName;
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
