package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.FailedSignIns;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.platform.application.UserAdministration;
import cn.xiangzhi.platform.application.UserView;
import cn.xiangzhi.shared.security.Role;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** The tenant admin's list of users: create, edit, reset password, remove. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    @Inject
    UserAdministration users;

    @Inject
    PlaceDirectory places;

    private List<UserView> list;
    private List<PlaceView> scopes;
    private UserView selected;
    private List<FailedSignIns> failedSignIns;

    private String username;
    private String displayName;
    private String phone;
    private Role role = Role.VILLAGE_ADMIN;
    private Long scopePlaceId;
    private boolean enabled = true;
    private String password;

    @PostConstruct
    void load() {
        list = users.list();
        scopes = places.visible();
    }

    public void startNew() {
        selected = null;
        username = displayName = phone = password = null;
        role = Role.VILLAGE_ADMIN;
        scopePlaceId = null;
        enabled = true;
    }

    public void edit(UserView user) {
        selected = user;
        username = user.username();
        displayName = user.displayName();
        phone = user.phone();
        role = user.role();
        scopePlaceId = user.scopePlaceId();
        enabled = user.enabled();
        password = null;
    }

    public void save() {
        long scope = scopePlaceId == null ? -1 : scopePlaceId;
        boolean ok = selected == null
                ? Pages.run(() -> users.create(new UserAdministration.UserForm(username, displayName, phone, role, scope,
                        password == null ? null : password.toCharArray())), "common.saved")
                : Pages.run(() -> users.update(selected.id(), displayName, phone, role, scope, enabled), "common.saved");
        if (ok) {
            load();
            startNew();
        }
    }

    public void resetPassword() {
        if (selected != null && Pages.run(() -> users.resetPassword(selected.id(),
                password == null ? null : password.toCharArray()), "user.passwordReset")) {
            password = null;
            load();
        }
    }

    public void remove(UserView user) {
        if (Pages.run(() -> users.remove(user.id()), "common.deleted")) {
            load();
            startNew();
        }
    }

    public Set<Role> getRoles() {
        return Role.tenantRoles();
    }

    /** The failed sign-ins of the last seven days, for those who manage users. */
    public List<FailedSignIns> getFailedSignIns() {
        if (failedSignIns == null) {
            failedSignIns = users.failedSignIns(7);
        }
        return failedSignIns;
    }

    public List<UserView> getList() {
        return list;
    }

    public List<PlaceView> getScopes() {
        return scopes;
    }

    public UserView getSelected() {
        return selected;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getScopePlaceId() {
        return scopePlaceId;
    }

    public void setScopePlaceId(Long scopePlaceId) {
        this.scopePlaceId = scopePlaceId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
