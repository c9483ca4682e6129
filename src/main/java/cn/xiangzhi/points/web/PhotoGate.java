package cn.xiangzhi.points.web;

import cn.xiangzhi.shared.web.StoredFileResponse;
import cn.xiangzhi.points.application.PointsEvidence;
import cn.xiangzhi.shared.web.TenantRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence photos for the pages, at {@code /t/{code}/photos/{id}}: the signed-in session's user
 * must see the photo's village (the REST API serves the same photos to HTTP Basic clients).
 */
@ApplicationScoped
public class PhotoGate implements TenantRoute {

    private static final Pattern PATH = Pattern.compile("^/photos/([^/]+)$");

    @Inject
    PointsEvidence evidence;

    @Override
    public Pattern path() {
        return PATH;
    }

    @Override
    public void serve(HttpServletRequest request, HttpServletResponse response, String tenantCode, Matcher match) throws IOException {
        StoredFileResponse.serve(response, () -> {
            PointsEvidence.Photo photo = evidence.photo(Long.parseLong(match.group(1)));
            return new StoredFileResponse.Served(photo.contentType(), null, photo.content());
        }, "private, max-age=86400");
    }
}
