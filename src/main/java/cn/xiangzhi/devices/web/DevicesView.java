package cn.xiangzhi.devices.web;

import cn.xiangzhi.devices.application.CommandView;
import cn.xiangzhi.devices.application.DeviceRegistry;
import cn.xiangzhi.devices.application.DeviceView;
import cn.xiangzhi.devices.application.TerminalPeople;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The tenant's attendance terminals: each one's village, status, last contact (on the tenant's
 * clock), firmware protocol version and today's records, bad lines and alarms; register a serial
 * for a village, move, disable, enable, re-sync; the commands sent and their results.
 */
@Named
@ViewScoped
public class DevicesView implements Serializable {

    @Inject
    DeviceRegistry registry;

    @Inject
    TerminalPeople people;

    private List<DeviceView> devices;
    private List<CommandView> commands;
    private String serialNumber;
    private Long villageId;
    private String label;
    private Long moveDeviceId;
    private Long moveVillageId;

    @PostConstruct
    void load() {
        devices = registry.list();
        commands = people.commands(null).stream().limit(50).toList();
    }

    public void claim() {
        if (Pages.run(() -> registry.claim(new DeviceRegistry.Claim(serialNumber, villageId, null, label, null)), "device.claimed")) {
            serialNumber = null;
            label = null;
            load();
        }
    }

    public void move() {
        long device = moveDeviceId == null ? -1 : moveDeviceId;
        if (Pages.run(() -> registry.change(device, new DeviceRegistry.Change(moveVillageId, null, null)), "device.moved")) {
            load();
        }
    }

    public void disable(DeviceView device) {
        if (Pages.run(() -> registry.disable(device.id()), "device.disabled")) {
            load();
        }
    }

    public void enable(DeviceView device) {
        if (Pages.run(() -> registry.enable(device.id()), "device.enabled")) {
            load();
        }
    }

    public void check(DeviceView device) {
        if (Pages.run(() -> registry.check(device.id()), "device.checkQueued")) {
            load();
        }
    }

    public List<DeviceView> getDevices() {
        return devices;
    }

    public List<CommandView> getCommands() {
        return commands;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Long getMoveDeviceId() {
        return moveDeviceId;
    }

    public void setMoveDeviceId(Long moveDeviceId) {
        this.moveDeviceId = moveDeviceId;
    }

    public Long getMoveVillageId() {
        return moveVillageId;
    }

    public void setMoveVillageId(Long moveVillageId) {
        this.moveVillageId = moveVillageId;
    }
}
