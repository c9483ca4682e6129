package cn.xiangzhi.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * REST API root. Tenant resources live at {@code /api/t/{code}/...}, operator resources at
 * {@code /api/platform/...}; every call authenticates with HTTP Basic (see ADR 0002).
 */
@ApplicationPath("api")
public class RestApplication extends Application {
}
