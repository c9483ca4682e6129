package cn.xiangzhi.orglife.web;

import cn.xiangzhi.devices.application.TerminalPeople;
import cn.xiangzhi.devices.domain.TerminalUser;
import cn.xiangzhi.orglife.application.TerminalRoster;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * People on a village's terminals: party members, cadres and first secretaries with their terminal
 * PIN; enrol one (written to every terminal of the village through the command queue), or the
 * village's party members not on the terminals yet in one step, change a post, remove someone
 * (deleted from the terminals), or write everyone to the terminals again.
 */
@Named
@ViewScoped
public class TerminalPeopleView implements Serializable {

    @Inject
    TerminalPeople people;

    @Inject
    VillagePicker villages;

    @Inject
    TerminalRoster roster;

    private Long villageId;
    private List<TerminalPeople.PersonView> list = List.of();
    private String pin;
    private String name;
    private String card;
    private TerminalUser.Post post = TerminalUser.Post.MEMBER;

    @PostConstruct
    void load() {
        if (villageId == null) {
            villageId = villages.first();
        }
        list = villageId == null ? List.of() : people.list(villageId);
    }

    public void villageChanged() {
        Pages.run(this::load, null);
    }

    public void enrol() {
        if (Pages.run(() -> people.enrol(villageId, pin, name, card, post), "terminalUser.enrolled")) {
            pin = null;
            name = null;
            card = null;
            post = TerminalUser.Post.MEMBER;
            load();
        }
    }

    public void enrolPartyMembers() {
        int[] enrolled = new int[1];
        if (Pages.run(() -> enrolled[0] = roster.enrolPartyMembers(villageId), null)) {
            Pages.info("terminalUser.membersEnrolled", enrolled[0]);
            load();
        }
    }

    public void changePost(TerminalPeople.PersonView person, TerminalUser.Post newPost) {
        if (Pages.run(() -> people.change(person.id(), person.name(), person.card(), newPost), "terminalUser.changed")) {
            load();
        }
    }

    public void remove(TerminalPeople.PersonView person) {
        if (Pages.run(() -> people.remove(person.id()), "terminalUser.removed")) {
            load();
        }
    }

    public void push() {
        if (Pages.run(() -> people.push(villageId), "terminalUser.pushed")) {
            load();
        }
    }

    public TerminalUser.Post[] getPosts() {
        return TerminalUser.Post.values();
    }

    public List<TerminalPeople.PersonView> getList() {
        return list;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }

    public TerminalUser.Post getPost() {
        return post;
    }

    public void setPost(TerminalUser.Post post) {
        this.post = post;
    }
}
