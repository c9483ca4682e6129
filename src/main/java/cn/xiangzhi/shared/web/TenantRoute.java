package cn.xiangzhi.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path of a tenant's site that is served by code rather than a page ({@code /t/{code}/kiosk/{village}},
 * {@code /t/{code}/photos/{id}}). A feature declares one as a CDI bean; the platform's forward filter
 * asks every route before it forwards to a page — so the platform, a lower floor, never names the
 * features above it (ADR 0015).
 */
public interface TenantRoute {

    /** The part of the path after {@code /t/{code}} this route serves. */
    Pattern path();

    /** Answers the request; {@code match} is {@link #path()} matched against the part after {@code /t/{code}}. */
    void serve(HttpServletRequest request, HttpServletResponse response, String tenantCode, Matcher match)
            throws IOException, ServletException;
}
