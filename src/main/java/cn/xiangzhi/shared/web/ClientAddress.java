package cn.xiangzhi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the client behind a request, which sign-in throttling and sign-up limits count by.
 * Normally the connection's peer. Behind a load balancer, the peer is the balancer: only when it is
 * listed in the setting {@code xiangzhi.trusted.proxies} ({@code XIANGZHI_TRUSTED_PROXIES}, comma
 * separated addresses; none by default) is the {@code X-Forwarded-For} chain read, from its right
 * end, skipping the trusted proxies, so a client cannot choose its own address by sending the header.
 */
public final class ClientAddress {

    private static volatile Set<String> trusted;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        Set<String> proxies = trustedProxies();
        if (peer == null || !proxies.contains(peer)) {
            return peer == null ? "unknown" : peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || forwarded.length() > 1000) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !proxies.contains(hop)) {
                return hop.length() > 45 || !hop.matches("[0-9A-Fa-f:.]+") ? peer : hop;
            }
        }
        return peer;
    }

    private static Set<String> trustedProxies() {
        Set<String> known = trusted;
        if (known == null) {
            String setting = ConfigProvider.getConfig().getOptionalValue("xiangzhi.trusted.proxies", String.class).orElse("");
            known = Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
            trusted = known;
        }
        return known;
    }
}
