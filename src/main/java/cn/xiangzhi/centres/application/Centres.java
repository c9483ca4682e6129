package cn.xiangzhi.centres.application;

import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the service centres share: their permissions — the decisions' own ({@code decision:view}
 * for readers: village admins, township reviewers, auditors, tenant admins; {@code decision:record}
 * for village admins and tenant admins), since the same clerks run the power list and the centres —
 * and the village a record belongs to.
 */
@ApplicationScoped
public class Centres {

    public static final String VIEW = Permission.DECISION_VIEW;
    public static final String RECORD = Permission.DECISION_RECORD;

    @Inject
    PlaceDirectory places;

    /** A village (or community) of the user's scope. */
    Place village(long villageId, String permission) {
        Place village = places.visiblePlace(villageId, permission);
        if (village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.centre.village");
        }
        return village;
    }
}
