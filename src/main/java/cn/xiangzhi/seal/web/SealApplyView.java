package cn.xiangzhi.seal.web;

import cn.xiangzhi.seal.application.SealApplications;
import cn.xiangzhi.seal.application.Seals;
import cn.xiangzhi.seal.domain.SealDocument;
import cn.xiangzhi.seal.domain.SealStatus;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The village admin's phone page (用印申请): pick the seal and the class, the finished matter a
 * decision class executes, say what for, how many stamps and until when, attach the document, send;
 * below, the village's applications with where each stands.
 */
@Named
@ViewScoped
public class SealApplyView implements Serializable {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    SealApplications applications;

    @Inject
    Seals seals;

    @Inject
    BusinessClock clock;

    private List<Seals.SealView> sealChoices = List.of();
    private List<Seals.ClassView> classChoices = List.of();
    private List<SealApplications.MatterChoice> matterChoices = List.of();
    private List<SealApplications.ApplicationView> mine = List.of();
    private Long sealId;
    private Long classId;
    private Long matterId;
    private String purpose;
    private Integer stamps = 1;
    private String validFrom;
    private String validUntil;
    private final List<SealApplications.Upload> files = new ArrayList<>();

    @PostConstruct
    void load() {
        Pages.run(() -> {
            sealChoices = seals.seals().stream().filter(s -> s.status() == SealStatus.ACTIVE).toList();
            classChoices = seals.classes();
        }, null);
        if (sealChoices.size() == 1) {
            sealId = sealChoices.get(0).id();
        }
        LocalDateTime now = clock.local(clock.now()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        validFrom = MINUTE.format(now);
        validUntil = MINUTE.format(now.plusDays(1));
        refresh();
    }

    void refresh() {
        Pages.run(() -> mine = applications.applications(null, null), null);
        chooseSeal();
    }

    /** The finished matters of the chosen seal's village, for a decision class. */
    public void chooseSeal() {
        matterChoices = List.of();
        if (sealId != null) {
            Pages.run(() -> matterChoices = applications.finishedMatters(sealId), null);
        }
    }

    public boolean isMatterNeeded() {
        return classId != null && classChoices.stream().anyMatch(c -> c.id() == classId && c.requiresMatter());
    }

    public void uploadFile(FileUploadEvent event) {
        if (files.size() >= SealDocument.MAX_PER_APPLICATION) {
            Pages.refuse("error.sealDocument.tooMany", SealDocument.MAX_PER_APPLICATION);
            return;
        }
        files.add(new SealApplications.Upload(event.getFile().getFileName(), event.getFile().getContent()));
    }

    public void removeFile(int index) {
        if (index >= 0 && index < files.size()) {
            files.remove(index);
        }
    }

    public void apply() {
        SealApplications.Form form = new SealApplications.Form(sealId, classId, isMatterNeeded() ? matterId : null, purpose, stamps,
                validFrom, validUntil);
        if (Pages.run(() -> applications.apply(form, List.copyOf(files)), "seal.applied")) {
            purpose = null;
            matterId = null;
            files.clear();
            refresh();
        }
    }

    public List<Seals.SealView> getSealChoices() {
        return sealChoices;
    }

    public List<Seals.ClassView> getClassChoices() {
        return classChoices;
    }

    public List<SealApplications.MatterChoice> getMatterChoices() {
        return matterChoices;
    }

    public List<SealApplications.ApplicationView> getMine() {
        return mine;
    }

    public List<String> getFileNames() {
        return files.stream().map(SealApplications.Upload::name).toList();
    }

    public Long getSealId() {
        return sealId;
    }

    public void setSealId(Long sealId) {
        this.sealId = sealId;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public Long getMatterId() {
        return matterId;
    }

    public void setMatterId(Long matterId) {
        this.matterId = matterId;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Integer getStamps() {
        return stamps;
    }

    public void setStamps(Integer stamps) {
        this.stamps = stamps;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(String validUntil) {
        this.validUntil = validUntil;
    }
}
