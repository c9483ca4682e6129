package cn.xiangzhi.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly (web.xml), {@code SameSite=Lax} (payara-web.xml: Payara takes it from
 * nowhere else), and {@code Secure} when the setting
 * {@code xiangzhi.secure.cookies} ({@code XIANGZHI_SECURE_COOKIES}) says so — by default when the
 * service listens on an address other than loopback ({@code XIANGZHI_BIND_ADDRESS}), i.e. when it
 * is reached from outside, which in production is through TLS.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secure(ConfigProvider.getConfig()));
    }

    static boolean secure(Config config) {
        return config.getOptionalValue("xiangzhi.secure.cookies", Boolean.class)
                .orElseGet(() -> config.getOptionalValue("xiangzhi.bind.address", String.class)
                        .map(SessionCookies::isReachableFromOutside).orElse(false));
    }

    static boolean isReachableFromOutside(String bindAddress) {
        String address = bindAddress.strip();
        return !(address.isEmpty() || address.startsWith("127.") || address.equals("::1") || address.equals("localhost"));
    }
}
