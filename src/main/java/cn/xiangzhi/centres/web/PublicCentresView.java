package cn.xiangzhi.centres.web;

import cn.xiangzhi.centres.application.Assets;
import cn.xiangzhi.centres.application.Disputes;
import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.shared.web.PublicVillagePage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The public page of a village's service centres, reachable without a login from the kiosk or a phone:
 * the collective assets on offer (产权交易) and how its disputes and service requests ended.
 */
@Named
@RequestScoped
public class PublicCentresView extends PublicVillagePage {

    @Inject
    Assets assets;

    @Inject
    Disputes disputes;

    @Inject
    ServiceRequests requests;

    private List<Assets.ListingView> listings = List.of();
    private List<Disputes.PublicOutcome> disputeOutcomes = List.of();
    private List<ServiceRequests.PublicOutcome> requestOutcomes = List.of();

    @Override
    protected void read(long villageId) {
        listings = assets.publicListings(villageId);
        disputeOutcomes = disputes.publicOutcomes(villageId, PUBLIC_ROWS);
        requestOutcomes = requests.publicOutcomes(villageId, PUBLIC_ROWS);
    }

    public List<Disputes.PublicOutcome> getDisputeOutcomes() {
        return disputeOutcomes;
    }

    public List<ServiceRequests.PublicOutcome> getRequestOutcomes() {
        return requestOutcomes;
    }

    public List<Assets.ListingView> getListings() {
        return listings;
    }
}
