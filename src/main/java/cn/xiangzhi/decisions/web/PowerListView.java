package cn.xiangzhi.decisions.web;

import cn.xiangzhi.decisions.application.PowerList;
import cn.xiangzhi.decisions.domain.Body;
import cn.xiangzhi.decisions.domain.StepKind;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The power list page: the tenant's matters and the procedure each follows, the procedures with
 * their steps and quorum rules, and for the tenant admin the forms to keep the list and to add a
 * procedure of its own, step by step.
 */
@Named
@ViewScoped
public class PowerListView implements Serializable {

    @Inject
    PowerList powerList;

    private List<PowerList.ItemView> items = List.of();
    private List<PowerList.ProcedureView> procedures = List.of();

    private Long editingId;
    private String code;
    private String name;
    private String category;
    private Long procedureId;

    private String procedureCode;
    private String procedureName;
    private final List<StepRow> rows = new ArrayList<>();

    /** One step being written for a new procedure. */
    public static class StepRow implements Serializable {
        private StepKind kind;
        private String name;
        private Body body;
        private String attendance;
        private boolean strict;
        private String households;
        private String pass;
        private Integer dueDays;

        PowerList.StepForm form() {
            return new PowerList.StepForm(kind, name, body, attendance, strict, households, pass, dueDays);
        }

        public StepKind getKind() {
            return kind;
        }

        public void setKind(StepKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Body getBody() {
            return body;
        }

        public void setBody(Body body) {
            this.body = body;
        }

        public String getAttendance() {
            return attendance;
        }

        public void setAttendance(String attendance) {
            this.attendance = attendance;
        }

        public boolean isStrict() {
            return strict;
        }

        public void setStrict(boolean strict) {
            this.strict = strict;
        }

        public String getHouseholds() {
            return households;
        }

        public void setHouseholds(String households) {
            this.households = households;
        }

        public String getPass() {
            return pass;
        }

        public void setPass(String pass) {
            this.pass = pass;
        }

        public Integer getDueDays() {
            return dueDays;
        }

        public void setDueDays(Integer dueDays) {
            this.dueDays = dueDays;
        }
    }

    @PostConstruct
    void load() {
        Pages.run(() -> {
            procedures = powerList.procedures();
            items = powerList.items();
        }, null);
        if (rows.isEmpty()) {
            addRow();
        }
    }

    public void saveItem() {
        if (procedureId == null) {
            Pages.refuse("error.decision.procedure");
            return;
        }
        boolean saved = editingId == null
                ? Pages.run(() -> powerList.addItem(code, name, category, procedureId), "decision.itemSaved")
                : Pages.run(() -> powerList.updateItem(editingId, name, category, procedureId), "decision.itemSaved");
        if (saved) {
            clearItem();
            load();
        }
    }

    public void editItem(PowerList.ItemView item) {
        editingId = item.id();
        code = item.code();
        name = item.name();
        category = item.category();
        procedureId = item.procedureId();
    }

    public void retireItem(PowerList.ItemView item) {
        if (Pages.run(() -> powerList.retireItem(item.id()), "decision.itemRetired")) {
            load();
        }
    }

    public void clearItem() {
        editingId = null;
        code = null;
        name = null;
        category = null;
        procedureId = null;
    }

    public void addRow() {
        rows.add(new StepRow());
    }

    public void removeRow(StepRow row) {
        rows.remove(row);
    }

    public void saveProcedure() {
        List<PowerList.StepForm> steps = rows.stream().map(StepRow::form).toList();
        if (Pages.run(() -> powerList.createProcedure(procedureCode, procedureName, steps), "decision.procedureSaved")) {
            procedureCode = null;
            procedureName = null;
            rows.clear();
            load();
        }
    }

    public void retireProcedure(PowerList.ProcedureView procedure) {
        if (Pages.run(() -> powerList.retireProcedure(procedure.id()), "decision.procedureRetired")) {
            load();
        }
    }

    public List<PowerList.ProcedureView> getActiveProcedures() {
        return procedures.stream().filter(PowerList.ProcedureView::active).toList();
    }

    public StepKind[] getKinds() {
        return StepKind.values();
    }

    public Body[] getBodies() {
        return Body.values();
    }

    public List<PowerList.ItemView> getItems() {
        return items;
    }

    public List<PowerList.ProcedureView> getProcedures() {
        return procedures;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Long getProcedureId() {
        return procedureId;
    }

    public void setProcedureId(Long procedureId) {
        this.procedureId = procedureId;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public String getProcedureName() {
        return procedureName;
    }

    public void setProcedureName(String procedureName) {
        this.procedureName = procedureName;
    }

    public List<StepRow> getRows() {
        return rows;
    }
}
