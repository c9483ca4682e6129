package cn.xiangzhi.orglife.web;

import cn.xiangzhi.shared.web.StoredFileResponse;
import cn.xiangzhi.orglife.application.OrgLife;
import cn.xiangzhi.shared.web.TenantRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meeting's evidence for the pages: {@code /t/{code}/meetings/{id}/files/{file}} (the minutes and
 * photos the village uploaded) and {@code /t/{code}/meetings/{id}/snapshots/{photo}} (what its
 * terminals took during the meeting). The signed-in session's user must see the meeting; the REST API
 * serves the same to HTTP Basic clients.
 */
@ApplicationScoped
public class MeetingFileGate implements TenantRoute {

    private static final Pattern PATH = Pattern.compile("^/meetings/([0-9]{1,18})/(files|snapshots)/([0-9]{1,18})$");

    @Inject
    OrgLife orgLife;

    @Override
    public Pattern path() {
        return PATH;
    }

    @Override
    public void serve(HttpServletRequest request, HttpServletResponse response, String tenantCode, Matcher match) throws IOException {
        long meeting = Long.parseLong(match.group(1));
        long id = Long.parseLong(match.group(3));
        StoredFileResponse.serve(response, () -> {
            OrgLife.Download file = match.group(2).equals("files") ? orgLife.file(meeting, id) : orgLife.terminalPhoto(meeting, id);
            return new StoredFileResponse.Served(file.contentType(), file.fileName(), file.content());
        }, "private, max-age=86400");
    }
}
