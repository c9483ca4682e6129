package cn.xiangzhi.liaison.web;

import cn.xiangzhi.liaison.application.Visits;
import cn.xiangzhi.shared.web.StoredFileResponse;
import cn.xiangzhi.shared.web.TenantRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A visit's photo for the pages: {@code /t/{code}/liaison-visits/{id}/photos/{photo}}, for a signed-in user who sees the visit. */
@ApplicationScoped
public class PhotoGate implements TenantRoute {

    private static final Pattern PATH = Pattern.compile("^/liaison-visits/([0-9]{1,18})/photos/([0-9]{1,18})$");

    @Inject
    Visits visits;

    @Override
    public Pattern path() {
        return PATH;
    }

    @Override
    public void serve(HttpServletRequest request, HttpServletResponse response, String tenantCode, Matcher match) throws IOException {
        StoredFileResponse.serve(response, () -> {
            Visits.Download photo = visits.photo(Long.parseLong(match.group(1)), Long.parseLong(match.group(2)));
            return new StoredFileResponse.Served(photo.contentType(), photo.fileName(), photo.content());
        }, "private, max-age=86400");
    }
}
