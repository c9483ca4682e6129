package cn.xiangzhi.notices.web;

import cn.xiangzhi.shared.web.StoredFileResponse;
import cn.xiangzhi.notices.application.Notices;
import cn.xiangzhi.shared.web.TenantRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /t/{code}/public/notice-files/{id}}: a photo or PDF of a notice on the boards, for the kiosk and
 * the public pages (no sign-in); a withdrawn or expired notice's files are not found.
 */
@ApplicationScoped
public class NoticeFileGate implements TenantRoute {

    private static final Pattern PATH = Pattern.compile("^/public/notice-files/([^/]+)$");

    @Inject
    Notices notices;

    @Override
    public Pattern path() {
        return PATH;
    }

    @Override
    public void serve(HttpServletRequest request, HttpServletResponse response, String tenantCode, Matcher match) throws IOException {
        // public, but a withdrawn notice must leave the boards: a kiosk keeps a file an hour at most
        StoredFileResponse.serve(response, () -> {
            Notices.Download file = notices.publicFile(Long.parseLong(match.group(1)));
            return new StoredFileResponse.Served(file.contentType(), file.fileName(), file.content());
        }, "public, max-age=3600");
    }
}
