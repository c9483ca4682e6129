package cn.xiangzhi.notices.web;

import cn.xiangzhi.notices.application.Notices;
import cn.xiangzhi.shared.web.PublicVillagePage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The public page of the notices on a village's board, reachable without a login from the kiosk or a phone. */
@Named
@RequestScoped
public class PublicNoticesView extends PublicVillagePage {

    @Inject
    Notices notices;

    private List<Notices.NoticeView> onBoard = List.of();

    @Override
    protected void read(long villageId) {
        onBoard = notices.onBoard(villageId);
    }

    public List<Notices.NoticeView> getNotices() {
        return onBoard;
    }
}
