package cn.xiangzhi.decisions.web;

import cn.xiangzhi.decisions.application.Biddings;
import cn.xiangzhi.shared.web.PublicVillagePage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The public page of a village's bidding results (竞标结果公开), without a login: each lot closed,
 * its winner (phone masked, never the ID number), price and date, and the matter that authorised it.
 */
@Named
@RequestScoped
public class PublicBiddingsView extends PublicVillagePage {

    @Inject
    Biddings biddings;

    private List<Biddings.PublicResult> results = List.of();

    @Override
    protected void read(long villageId) {
        results = biddings.results(villageId);
    }

    public List<Biddings.PublicResult> getResults() {
        return results;
    }
}
