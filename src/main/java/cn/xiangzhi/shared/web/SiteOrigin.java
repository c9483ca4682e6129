package cn.xiangzhi.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Scheme, host, port (when not the scheme's usual one) and context path of the application as the
 * request reached it: the start of the addresses printed in QR codes that phones must open.
 */
public final class SiteOrigin {

    private SiteOrigin() {
    }

    public static String of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + request.getContextPath();
    }
}
