package cn.xiangzhi.organisation.web;

import cn.xiangzhi.organisation.application.Organisation;
import cn.xiangzhi.organisation.application.OrganisationViews.HouseholdView;
import cn.xiangzhi.organisation.application.People;
import cn.xiangzhi.organisation.application.People.BranchView;
import cn.xiangzhi.organisation.application.People.MemberView;
import cn.xiangzhi.organisation.application.People.ResidentView;
import cn.xiangzhi.shared.tenancy.Villages.Village;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Party branches of the villages in scope and their members. A member is usually linked to a
 * resident: the page finds the household by its code and offers its residents; a member linked to
 * a resident takes the resident's name unless another is typed.
 */
@Named
@ViewScoped
public class PartyView implements Serializable {

    @Inject
    People people;

    @Inject
    Organisation organisation;


    @Inject
    VillagePicker villages;
    private Map<Long, String> villageNames;
    private List<BranchView> branches;
    private BranchView selected;

    private Long villageId;
    private String branchCode;
    private String branchName;
    private String secretary;

    private String memberCode;
    private String memberName;
    private String householdCode;
    private Long residentId;
    private Integer joinedYear;

    @PostConstruct
    void load() {
        villageNames = villages.getVillages().stream().collect(Collectors.toMap(Village::id, Village::name));
        refresh();
    }

    private void refresh() {
        branches = people.branches();
        if (selected != null) {
            selected = branches.stream().filter(b -> b.id() == selected.id()).findFirst().orElse(null);
        }
    }

    public String villageName(long id) {
        return villageNames.getOrDefault(id, "");
    }

    public void select(BranchView branch) {
        selected = branch;
        memberCode = memberName = householdCode = null;
        residentId = null;
        joinedYear = null;
    }

    public void addBranch() {
        long village = villageId == null ? -1 : villageId;
        if (Pages.run(() -> people.addBranch(village, branchCode, branchName, secretary), "common.saved")) {
            branchCode = branchName = secretary = null;
            refresh();
        }
    }

    public void removeBranch(BranchView branch) {
        if (Pages.run(() -> people.removeBranch(branch.id()), "common.deleted")) {
            if (selected != null && selected.id() == branch.id()) {
                selected = null;
            }
            refresh();
        }
    }

    public List<MemberView> getMembers() {
        return selected == null ? List.of() : people.members(selected.id());
    }

    /** The residents of the household whose code was typed, to link the new member to. */
    public List<ResidentView> getResidentChoices() {
        if (householdCode == null || householdCode.isBlank()) {
            return List.of();
        }
        List<HouseholdView> found = organisation.households(null, householdCode.strip(), 0, 1);
        return found.isEmpty() || !found.get(0).code().equals(householdCode.strip()) ? List.of() : people.residents(found.get(0).id());
    }

    public void addMember() {
        if (selected == null) {
            return;
        }
        long branch = selected.id();
        String name = (memberName == null || memberName.isBlank()) && residentId != null
                ? getResidentChoices().stream().filter(r -> r.id() == residentId).map(ResidentView::name).findFirst().orElse(null)
                : memberName;
        if (Pages.run(() -> people.addMember(new People.MemberForm(branch, memberCode, name, residentId, joinedYear)),
                "common.saved")) {
            memberCode = memberName = householdCode = null;
            residentId = null;
            joinedYear = null;
        }
    }

    public void removeMember(long id) {
        Pages.run(() -> people.removeMember(id), "common.deleted");
    }


    public List<BranchView> getBranches() {
        return branches;
    }

    public BranchView getSelected() {
        return selected;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public String getBranchName() {
        return branchName;
    }

    public void setBranchName(String branchName) {
        this.branchName = branchName;
    }

    public String getSecretary() {
        return secretary;
    }

    public void setSecretary(String secretary) {
        this.secretary = secretary;
    }

    public String getMemberCode() {
        return memberCode;
    }

    public void setMemberCode(String memberCode) {
        this.memberCode = memberCode;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getHouseholdCode() {
        return householdCode;
    }

    public void setHouseholdCode(String householdCode) {
        this.householdCode = householdCode;
    }

    public Long getResidentId() {
        return residentId;
    }

    public void setResidentId(Long residentId) {
        this.residentId = residentId;
    }

    public Integer getJoinedYear() {
        return joinedYear;
    }

    public void setJoinedYear(Integer joinedYear) {
        this.joinedYear = joinedYear;
    }
}
