package cn.xiangzhi.centres.web;

import cn.xiangzhi.centres.application.Assets;
import cn.xiangzhi.shared.web.PublicVillagePage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The public page of a village's collective assets on offer (产权交易), reachable without a login from the kiosk or a phone. */
@Named
@RequestScoped
public class PublicCentresView extends PublicVillagePage {

    @Inject
    Assets assets;

    private List<Assets.ListingView> listings = List.of();

    @Override
    protected void read(long villageId) {
        listings = assets.publicListings(villageId);
    }

    public List<Assets.ListingView> getListings() {
        return listings;
    }
}
