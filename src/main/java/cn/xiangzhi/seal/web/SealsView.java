package cn.xiangzhi.seal.web;

import cn.xiangzhi.devices.application.DeviceRegistry;
import cn.xiangzhi.devices.application.DeviceView;
import cn.xiangzhi.devices.domain.DeviceKind;
import cn.xiangzhi.seal.application.SealApplications;
import cn.xiangzhi.seal.application.Seals;
import cn.xiangzhi.seal.domain.SealKind;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;

import java.io.Serializable;
import java.util.List;

/**
 * Seals and their terminals for the township and the county (印章与印控仪): the alarms a person must
 * look at and the irregular stamps, each one click from its trace; the seals with their terminal's
 * battery and last heartbeat; registering a seal in a seal terminal (its secret shown once), retiring
 * one; the application classes with their approval chains.
 */
@Named
@ViewScoped
public class SealsView implements Serializable {

    @Inject
    Seals seals;

    @Inject
    SealApplications applications;

    @Inject
    DeviceRegistry devices;

    @Inject
    VillagePicker villages;

    private List<Seals.SealView> sealList = List.of();
    private List<Seals.ClassView> classes = List.of();
    private List<SealApplications.AlarmView> alarms = List.of();
    private List<DeviceView> terminals = List.of();
    private Long villageId;
    private SealKind kind = SealKind.VILLAGE_COMMITTEE;
    private String name;
    private Long deviceId;
    private String secret;
    private Long retiringId;
    private String reason;

    @PostConstruct
    void load() {
        Pages.run(() -> {
            sealList = seals.seals();
            classes = seals.classes();
            alarms = applications.alarms(null);
        }, null);
        if (SecurityUtils.getSubject().isPermitted(Permission.SEAL_MANAGE)) {
            Pages.run(() -> terminals = devices.list().stream().filter(d -> d.kind() == DeviceKind.SEAL && d.isActive()).toList(), null);
        }
    }

    public void register() {
        Seals.Registered[] done = new Seals.Registered[1];
        if (Pages.run(() -> done[0] = seals.register(villageId, kind, name, deviceId), "seal.registered")) {
            secret = done[0].terminalSecret();
            name = null;
            deviceId = null;
            load();
        }
    }

    public void retire() {
        long id = retiringId == null ? -1 : retiringId;
        if (Pages.run(() -> seals.retire(id, reason), "seal.retiredDone")) {
            retiringId = null;
            reason = null;
            load();
        }
    }

    public void addDefaults() {
        if (Pages.run(() -> seals.addDefaultClasses(), null)) {
            load();
        }
    }

    public String villageName(long id) {
        return villages.name(id);
    }

    public String sealName(long id) {
        return sealList.stream().filter(s -> s.id() == id).map(Seals.SealView::name).findFirst().orElse("");
    }

    public SealKind[] getKinds() {
        return SealKind.values();
    }

    public List<Seals.SealView> getSealList() {
        return sealList;
    }

    public List<Seals.ClassView> getClasses() {
        return classes;
    }

    public List<SealApplications.AlarmView> getAlarms() {
        return alarms;
    }

    public List<DeviceView> getTerminals() {
        return terminals;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public SealKind getKind() {
        return kind;
    }

    public void setKind(SealKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(Long deviceId) {
        this.deviceId = deviceId;
    }

    public String getSecret() {
        return secret;
    }

    public Long getRetiringId() {
        return retiringId;
    }

    public void setRetiringId(Long retiringId) {
        this.retiringId = retiringId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
