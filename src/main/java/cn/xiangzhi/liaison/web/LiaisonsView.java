package cn.xiangzhi.liaison.web;

import cn.xiangzhi.liaison.application.LiaisonImport;
import cn.xiangzhi.liaison.application.Liaisons;
import cn.xiangzhi.liaison.domain.LiaisonKind;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.List;

/**
 * The liaisons page: a village's liaisons with their households against their limit, naming a resident
 * or party member a liaison, assigning households, and the households no one looks after yet.
 */
@Named
@ViewScoped
public class LiaisonsView implements Serializable {

    @Inject
    Liaisons liaisons;

    @Inject
    VillagePicker villages;

    @Inject
    LiaisonImport imports;

    private LiaisonImport.Result imported;

    private Long villageId;
    private List<Liaisons.LiaisonView> liaisonList = List.of();
    private List<Liaisons.HouseholdLine> unassigned = List.of();
    private List<Liaisons.Candidate> candidates = List.of();
    private List<Liaisons.AssignmentView> households = List.of();
    private LiaisonKind kind = LiaisonKind.LANE_CHIEF;
    private String person;
    private Long mentorId;
    private Long liaisonId;
    private Long householdId;

    @PostConstruct
    void load() {
        villageId = villages.first();
        refresh();
    }

    public void refresh() {
        if (villageId == null) {
            return;
        }
        Pages.run(() -> {
            liaisonList = liaisons.liaisons(villageId);
            unassigned = liaisons.unassigned(villageId);
            households = liaisonId == null ? List.of() : liaisons.assignments(liaisonId, null);
        }, null);
        candidates = List.of();
        if (SecurityUtils.getSubject().isPermitted(Permission.LIAISON_MANAGE)) {
            Pages.run(() -> candidates = liaisons.candidates(villageId), null);
        }
    }

    public void villageChanged() {
        liaisonId = null;
        refresh();
    }

    public void add() {
        if (person == null || person.length() < 2) {
            Pages.refuse("error.liaison.person");
            return;
        }
        Long id = Long.valueOf(person.substring(1));
        boolean resident = person.startsWith("R");
        if (Pages.run(() -> liaisons.add(villageId, kind, resident ? id : null, resident ? null : id,
                kind == LiaisonKind.PARTY_MEMBER ? mentorId : null), "liaison.added")) {
            person = null;
            refresh();
        }
    }

    public void assign() {
        if (Pages.run(() -> liaisons.assign(liaisonId, householdId), "liaison.assigned")) {
            householdId = null;
            refresh();
        }
    }

    public void unassign(Liaisons.AssignmentView assignment) {
        if (Pages.run(() -> liaisons.unassign(assignment.id()), "liaison.unassignDone")) {
            refresh();
        }
    }

    /** Imports assignments from the uploaded spreadsheet; its problems, by row, stay on the page. */
    public void upload(FileUploadEvent event) {
        LiaisonImport.Result[] result = new LiaisonImport.Result[1];
        if (Pages.run(() -> result[0] = imports.run(event.getFile().getFileName(), event.getFile().getContent(), false), null)) {
            imported = result[0];
            if (imported.written()) {
                Pages.info("liaisonImport.done", imported.assigned(), imported.liaisonsAdded(), imported.unchanged());
                refresh();
            } else {
                Pages.refuse("liaisonImport.refused", imported.problems().size());
            }
        }
    }

    /** A problem of the last import in the page's language. */
    public String problem(LiaisonImport.Problem problem) {
        return Pages.text(problem.key(), problem.args().toArray());
    }

    public LiaisonImport.Result getImported() {
        return imported;
    }

    public void select(Liaisons.LiaisonView liaison) {
        liaisonId = liaison.id();
        refresh();
    }

    public List<Liaisons.LiaisonView> getCommittee() {
        return liaisonList.stream().filter(l -> l.kind() == LiaisonKind.COMMITTEE_MEMBER).toList();
    }

    public List<Liaisons.LiaisonView> getHouseholdLiaisons() {
        return liaisonList.stream().filter(l -> l.kind() != LiaisonKind.COMMITTEE_MEMBER).toList();
    }

    public LiaisonKind[] getKinds() {
        return LiaisonKind.values();
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public List<Liaisons.LiaisonView> getLiaisonList() {
        return liaisonList;
    }

    public List<Liaisons.HouseholdLine> getUnassigned() {
        return unassigned;
    }

    public List<Liaisons.Candidate> getCandidates() {
        return candidates;
    }

    public List<Liaisons.AssignmentView> getHouseholds() {
        return households;
    }

    public LiaisonKind getKind() {
        return kind;
    }

    public void setKind(LiaisonKind kind) {
        this.kind = kind;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public void setMentorId(Long mentorId) {
        this.mentorId = mentorId;
    }

    public Long getLiaisonId() {
        return liaisonId;
    }

    public void setLiaisonId(Long liaisonId) {
        this.liaisonId = liaisonId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(Long householdId) {
        this.householdId = householdId;
    }
}
