package cn.xiangzhi.decisions.web;

import cn.xiangzhi.decisions.application.Contracts;
import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.shared.web.PublicVillagePage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The public page of a village's decisions (两公开), reachable without a login from the kiosk or a
 * phone: each resolution and each result published, with its date, and the village's contracts.
 */
@Named
@RequestScoped
public class PublicDecisionsView extends PublicVillagePage {

    @Inject
    Matters matters;

    @Inject
    Contracts contractBook;

    private List<Matters.Publication> publications = List.of();
    private List<Contracts.PublicContract> contracts = List.of();

    @Override
    protected void read(long villageId) {
        publications = matters.publications(villageId);
        contracts = contractBook.publicContracts(villageId, PUBLIC_ROWS);
    }

    public List<Contracts.PublicContract> getContracts() {
        return contracts;
    }

    public List<Matters.Publication> getPublications() {
        return publications;
    }
}
