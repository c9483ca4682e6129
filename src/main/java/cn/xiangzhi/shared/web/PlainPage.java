package cn.xiangzhi.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A small bilingual page written by a filter when no JSF page can be shown (the tenant suspended,
 * the kiosk not authorised, a body too large, the database away): Chinese first, then English, no
 * scripts. Texts are the caller's constants; dynamic parts must be escaped with {@link #escape}.
 */
public final class PlainPage {

    private PlainPage() {
    }

    public static void write(HttpServletResponse response, int status, String id, String chinese, String english,
                             String chineseText, String englishText) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + chinese + " / " + english + "</title></head><body><main id=\"" + id + "\">"
                + "<h1>" + chinese + "</h1><p>" + chineseText + "</p><p lang=\"en\">" + englishText + "</p></main></body></html>");
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
