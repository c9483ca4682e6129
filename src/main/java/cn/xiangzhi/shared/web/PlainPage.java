package cn.xiangzhi.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A small bilingual page written by a filter when no JSF page can be shown (the tenant suspended,
 * the kiosk not authorised, a body too large, the database away): Chinese first, then English, no
 * scripts. Texts are the caller's constants; dynamic parts must be escaped with {@link #escape}.
 */
public final class PlainPage {

    /** Readable from a kiosk two metres away and on a phone: one centred card, large type, no external file. */
    static final String STYLE = "body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;"
            + "background:#f5f6f8;font-family:'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:#222}"
            + "main{max-width:40rem;margin:1rem;padding:2rem 2.5rem;background:#fff;border-radius:12px;"
            + "border-top:8px solid #b71c1c;box-shadow:0 2px 10px rgba(0,0,0,.1)}"
            + "h1{font-size:2rem;margin:0 0 1rem;color:#b71c1c}p{font-size:1.35rem;line-height:1.6}"
            + ".en{font-size:1rem;color:#666}";

    private PlainPage() {
    }

    public static void write(HttpServletResponse response, int status, String id, String chinese, String english,
                             String chineseText, String englishText) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + chinese + " / " + english + "</title><style>" + STYLE + "</style></head><body><main id=\"" + id + "\">"
                + "<h1>" + chinese + "</h1><p>" + chineseText + "</p><p lang=\"en\" class=\"en\">" + english + ". " + englishText
                + "</p></main></body></html>");
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
