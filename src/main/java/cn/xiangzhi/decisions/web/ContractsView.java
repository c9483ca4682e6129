package cn.xiangzhi.decisions.web;

import cn.xiangzhi.decisions.application.Biddings;
import cn.xiangzhi.decisions.application.Contracts;
import cn.xiangzhi.decisions.domain.ContractStatus;
import cn.xiangzhi.decisions.domain.LotStatus;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The contracts register page (合同监管): contracts ending within N days first (N chosen on the
 * page, 30 by default), the register with soon-ending contracts highlighted, and a form to register
 * a contract — pre-filled from an awarded lot when one is chosen.
 */
@Named
@ViewScoped
public class ContractsView implements Serializable {

    @Inject
    Contracts contracts;

    @Inject
    Biddings biddings;


    private int days = Contracts.DEFAULT_ALERT_DAYS;
    private List<Contracts.ContractView> expiring = List.of();
    private List<Contracts.ContractView> all = List.of();
    @Inject
    VillagePicker villages;
    private List<Biddings.LotView> awarded = List.of();

    private Long lotId;
    private Long villageId;
    private Long matterId;
    private String title;
    private String partyA;
    private String partyB;
    private BigDecimal amount;
    private LocalDate startDate;
    private LocalDate endDate;

    @PostConstruct
    void load() {
        Pages.run(() -> {
            villageId = villages.only();
            awarded = biddings.lots(null, LotStatus.AWARDED);
        }, null);
        refresh();
    }

    public void refresh() {
        Pages.run(() -> {
            expiring = contracts.expiring(days);
            all = contracts.contracts(null);
        }, null);
    }

    /** Fills the form from the chosen awarded lot: village, title, party B (the winner), amount, matter. */
    public void prefill() {
        if (lotId == null) {
            matterId = null;
            return;
        }
        Pages.run(() -> {
            Contracts.Draft draft = contracts.draftFrom(lotId);
            villageId = draft.villageId();
            title = draft.title();
            partyA = draft.partyA();
            partyB = draft.partyB();
            amount = draft.amount();
            matterId = draft.matterId();
        }, null);
    }

    public void register() {
        if (Pages.run(() -> contracts.register(new Contracts.Form(villageId, title, partyA, partyB, amount, startDate, endDate,
                matterId, lotId)), "contract.registered")) {
            lotId = null;
            matterId = null;
            title = null;
            partyA = null;
            partyB = null;
            amount = null;
            startDate = null;
            endDate = null;
            refresh();
        }
    }

    public void end(Contracts.ContractView contract) {
        if (Pages.run(() -> contracts.end(contract.id()), "contract.ended")) {
            refresh();
        }
    }

    /** Whether an active contract ends within the alert window (or has passed its end). */
    public boolean isSoon(Contracts.ContractView c) {
        return c.status() == ContractStatus.ACTIVE && c.daysLeft() <= days;
    }

    public String getHeading() {
        return Pages.text("contract.expiring", days);
    }

    public String getNoneText() {
        return Pages.text("contract.noExpiring", days);
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public List<Contracts.ContractView> getExpiring() {
        return expiring;
    }

    public List<Contracts.ContractView> getAll() {
        return all;
    }


    public List<Biddings.LotView> getAwarded() {
        return awarded;
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPartyA() {
        return partyA;
    }

    public void setPartyA(String partyA) {
        this.partyA = partyA;
    }

    public String getPartyB() {
        return partyB;
    }

    public void setPartyB(String partyB) {
        this.partyB = partyB;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
