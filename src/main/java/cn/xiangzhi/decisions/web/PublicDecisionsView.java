package cn.xiangzhi.decisions.web;

import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.shared.web.PublicVillagePage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The public page of a village's decisions (两公开), reachable without a login from the kiosk or a
 * phone: each resolution and each result published, with its date.
 */
@Named
@RequestScoped
public class PublicDecisionsView extends PublicVillagePage {

    @Inject
    Matters matters;

    private List<Matters.Publication> publications = List.of();

    @Override
    protected void read(long villageId) {
        publications = matters.publications(villageId);
    }

    public List<Matters.Publication> getPublications() {
        return publications;
    }
}
