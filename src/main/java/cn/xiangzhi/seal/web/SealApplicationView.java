package cn.xiangzhi.seal.web;

import cn.xiangzhi.seal.application.SealApplications;
import cn.xiangzhi.seal.application.Seals;
import cn.xiangzhi.shared.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * One application with everything about it (用印详情): the matter it executes, who decided each step
 * and when, the documents, and each stamp with its photo. Opened from a stamp ({@code ?stamp=}) it is
 * that stamp's trace: the stamp first, its seal, then its application — one click from an alarm.
 */
@Named
@ViewScoped
public class SealApplicationView implements Serializable {

    @Inject
    SealApplications applications;

    private Long id;
    private Long stampId;
    private SealApplications.Detail detail;
    private SealApplications.StampView stamp;
    private Seals.SealView seal;
    private final Map<Long, String> photos = new HashMap<>();

    public void load() {
        Pages.run(() -> {
            if (stampId != null) {
                SealApplications.Trace trace = applications.trace(stampId);
                stamp = trace.stamp();
                seal = trace.seal();
                detail = trace.application();
            } else if (id != null) {
                detail = applications.detail(id);
            }
        }, null);
    }

    /** The stamp's photo as a data URI (at most 1 MB), or null when it has none. */
    public String photo(SealApplications.StampView s) {
        if (!s.photo()) {
            return null;
        }
        return photos.computeIfAbsent(s.id(), key -> {
            SealApplications.Download file = applications.stampPhoto(key);
            return "data:" + file.contentType() + ";base64," + Base64.getEncoder().encodeToString(file.content());
        });
    }

    public StreamedContent download(long documentId) {
        SealApplications.Download[] file = new SealApplications.Download[1];
        if (!Pages.run(() -> file[0] = applications.documentContent(documentId), null)) {
            return null;
        }
        return DefaultStreamedContent.builder().name(file[0].fileName()).contentType(file[0].contentType())
                .stream(() -> new ByteArrayInputStream(file[0].content())).build();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getStampId() {
        return stampId;
    }

    public void setStampId(Long stampId) {
        this.stampId = stampId;
    }

    public SealApplications.Detail getDetail() {
        return detail;
    }

    public SealApplications.StampView getStamp() {
        return stamp;
    }

    public Seals.SealView getSeal() {
        return seal;
    }
}
