package cn.xiangzhi.devices.application;

import cn.xiangzhi.devices.domain.DeviceStatus;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.home.Attention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.shiro.SecurityUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Terminals on the home page: active terminals of the tenant not heard for a day (a terminal polls every few seconds). */
@ApplicationScoped
@Transactional
public class DevicesHome implements Attention {

    /** How long a terminal may be silent before the home page calls it offline. */
    static final Duration QUIET = Duration.ofHours(24);

    @Inject
    DeviceRegistry registry;

    @Inject
    BusinessClock clock;

    @Override
    public List<Item> items() {
        if (!SecurityUtils.getSubject().isPermitted(Permission.DEVICE_VIEW)) {
            return List.of();
        }
        Instant since = clock.now().minus(QUIET);
        long offline = registry.list().stream().filter(d -> d.status() == DeviceStatus.ACTIVE)
                .filter(d -> d.lastContact() == null || d.lastContact().isBefore(since)).count();
        return List.of(new Item("home.attention.devicesOffline", offline, "devices.xhtml", true));
    }
}
