package cn.xiangzhi.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reading the plain HTML forms of anonymous pages (ADR 0013), which post to the page itself: whether
 * the request is the post, and its fields clipped to a length or read as a number (null when absent
 * or not a number, never an error page).
 */
public final class PlainForm {

    private PlainForm() {
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public static boolean isPost() {
        return "POST".equals(request().getMethod());
    }

    /** The field {@code name}, cut to {@code max} characters; null when absent. */
    public static String text(String name, int max) {
        return clip(request().getParameter(name), max);
    }

    /** The field {@code name} as a number; null when absent or not a number. */
    public static Long number(String name) {
        String value = request().getParameter(name);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String clip(String value, int max) {
        return value == null ? null : value.length() > max ? value.substring(0, max) : value;
    }
}
