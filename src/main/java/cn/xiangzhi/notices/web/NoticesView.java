package cn.xiangzhi.notices.web;

import cn.xiangzhi.notices.application.Notices;
import cn.xiangzhi.notices.domain.NoticeFile;
import cn.xiangzhi.notices.domain.NoticeKind;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The notices page (通知公告): publish a notice for a place of the scope with its photos and PDFs,
 * see what is on the boards, withdraw one with a reason.
 */
@Named
@ViewScoped
public class NoticesView implements Serializable {

    @Inject
    Notices notices;

    @Inject
    PlaceDirectory places;

    private List<PlaceView> placeChoices = List.of();
    private List<Notices.NoticeView> noticeList = List.of();
    private boolean withWithdrawn;
    private Long placeId;
    private NoticeKind kind = NoticeKind.NOTICE;
    private String title;
    private String body;
    private LocalDate lastDay;
    private final List<Notices.Upload> files = new ArrayList<>();
    private Notices.NoticeView withdrawing;
    private String reason;

    @PostConstruct
    void load() {
        Pages.run(() -> placeChoices = places.visible(), null);
        if (placeChoices.size() == 1) {
            placeId = placeChoices.get(0).id();
        }
        refresh();
    }

    void refresh() {
        Pages.run(() -> noticeList = notices.notices(null, withWithdrawn), null);
    }

    public void uploadFile(FileUploadEvent event) {
        if (files.size() >= NoticeFile.MAX_PER_NOTICE) {
            Pages.refuse("error.notice.files", NoticeFile.MAX_PER_NOTICE);
            return;
        }
        files.add(new Notices.Upload(event.getFile().getFileName(), event.getFile().getContent()));
    }

    public void removeFile(int index) {
        if (index >= 0 && index < files.size()) {
            files.remove(index);
        }
    }

    public void publish() {
        if (placeId == null) {
            Pages.refuse("error.notice.place");
            return;
        }
        if (Pages.run(() -> notices.publish(placeId, kind, title, body, lastDay, List.copyOf(files)), "notice.published")) {
            title = null;
            body = null;
            lastDay = null;
            kind = NoticeKind.NOTICE;
            files.clear();
            refresh();
        }
    }

    public void startWithdraw(Notices.NoticeView notice) {
        withdrawing = notice;
        reason = null;
    }

    public void withdraw() {
        if (withdrawing != null && Pages.run(() -> notices.withdraw(withdrawing.id(), reason), "notice.withdrawnDone")) {
            withdrawing = null;
            reason = null;
            refresh();
        }
    }

    public void cancelWithdraw() {
        withdrawing = null;
    }

    public void toggleWithdrawn() {
        refresh();
    }

    /** A place's name indented by its level, for the choice of where a notice is shown. */
    public String placeLabel(PlaceView place) {
        long top = placeChoices.stream().mapToLong(NoticesView::depth).min().orElse(0);
        return "\u3000".repeat((int) (depth(place) - top)) + place.name();
    }

    private static long depth(PlaceView place) {
        return place.path().chars().filter(c -> c == '/').count();
    }

    public NoticeKind[] getKinds() {
        return NoticeKind.values();
    }

    public List<PlaceView> getPlaceChoices() {
        return placeChoices;
    }

    public List<Notices.NoticeView> getNoticeList() {
        return noticeList;
    }

    public List<String> getFileNames() {
        return files.stream().map(Notices.Upload::name).toList();
    }

    public boolean isWithWithdrawn() {
        return withWithdrawn;
    }

    public void setWithWithdrawn(boolean withWithdrawn) {
        this.withWithdrawn = withWithdrawn;
    }

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public void setKind(NoticeKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public Notices.NoticeView getWithdrawing() {
        return withdrawing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
