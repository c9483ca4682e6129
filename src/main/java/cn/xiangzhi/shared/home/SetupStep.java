package cn.xiangzhi.shared.home;

import java.io.Serializable;
import java.util.List;

/**
 * Steps of a new tenant's setup as the tenant admin's home page lists them — places, import, users,
 * catalogue, shops, kiosk — each with its place in the list, whether it is done and the page that
 * does it. A context declares one as a CDI bean for its steps; it is called inside the tenant
 * admin's request.
 */
public interface SetupStep {

    /** One step: its place in the list (10, 20, …), its message key, the page after the tenant's base, done or not. */
    record Step(int order, String key, String page, boolean done) implements Serializable {
    }

    List<Step> steps();
}
