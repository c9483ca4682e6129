package cn.xiangzhi.decisions.web;

import cn.xiangzhi.decisions.application.VillageBodies;
import cn.xiangzhi.decisions.domain.BodyMember;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The village bodies page: a village's branch committee, villagers' committee and representatives; add and remove members. */
@Named
@ViewScoped
public class VillageBodiesView implements Serializable {

    @Inject
    VillageBodies bodies;


    @Inject
    VillagePicker villages;
    private Long villageId;
    private List<VillageBodies.MemberView> members = List.of();
    private BodyMember.Seat seat;
    private String name;
    private String title;

    @PostConstruct
    void load() {
        villageId = villages.only();
        refresh();
    }

    public void refresh() {
        Pages.run(() -> members = villageId == null ? List.of() : bodies.members(villageId), null);
    }

    public void add() {
        if (villageId == null) {
            Pages.refuse("error.decision.village");
            return;
        }
        if (Pages.run(() -> bodies.add(villageId, seat, name, title, null), "decision.memberAdded")) {
            name = null;
            title = null;
            refresh();
        }
    }

    public void remove(VillageBodies.MemberView member) {
        if (Pages.run(() -> bodies.remove(member.id()), "decision.memberRemoved")) {
            refresh();
        }
    }

    public BodyMember.Seat[] getSeats() {
        return BodyMember.Seat.values();
    }


    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public List<VillageBodies.MemberView> getMembers() {
        return members;
    }

    public BodyMember.Seat getSeat() {
        return seat;
    }

    public void setSeat(BodyMember.Seat seat) {
        this.seat = seat;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
