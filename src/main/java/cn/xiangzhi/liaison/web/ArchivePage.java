package cn.xiangzhi.liaison.web;

import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.centres.domain.ServiceRequestStatus;
import cn.xiangzhi.liaison.application.Visits;
import cn.xiangzhi.shared.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The household archive (民情日记): a household's people, its liaison, every visit with its photos,
 * every request found and how it ended, its points and restrictions. The village marks a request
 * done here (as on the centres page) and the household confirms it solved with the last four digits
 * of the head's phone.
 */
@Named
@ViewScoped
public class ArchivePage implements Serializable {

    @Inject
    Visits visits;

    @Inject
    ServiceRequests requests;

    private Long id;
    private Visits.Archive archive;
    private String digits;

    public void load() {
        if (id == null) {
            Pages.refuse("error.visit.household", "");
            return;
        }
        long household = id;
        Pages.run(() -> archive = visits.archive(household), null);
    }

    public void done(ServiceRequests.RequestView request) {
        if (Pages.run(() -> requests.move(request.id(), ServiceRequestStatus.DONE, null, null), "request.moved")) {
            load();
        }
    }

    public void confirm(ServiceRequests.RequestView request) {
        if (Pages.run(() -> visits.confirmSolved(id, request.id(), digits), "archive.confirmed")) {
            digits = null;
            load();
        }
    }

    public List<Visits.PhotoView> photosOf(long visitId) {
        return archive == null ? List.of() : archive.photos().getOrDefault(visitId, List.of());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Visits.Archive getArchive() {
        return archive;
    }

    public String getDigits() {
        return digits;
    }

    public void setDigits(String digits) {
        this.digits = digits;
    }
}
