package cn.xiangzhi.shared.security;

import java.util.Set;

/**
 * The permissions of the platform, one constant each ({@code domain:action}, Shiro wildcard strings),
 * given to the roles in {@link Role}. Services check them ({@code Access.require(Permission.POINTS_CONFIRM)});
 * pages ask {@code #{req.can('points:confirm')}} with the same strings, which {@code PermissionTest} holds
 * to this list.
 */
public final class Permission {

    /** See the tenant's places. */
    public static final String PLACE_VIEW = "place:view";
    /** Add, rename and remove places. */
    public static final String PLACE_EDIT = "place:edit";
    /** See the tenant's users. */
    public static final String USER_VIEW = "user:view";
    /** Add, change and disable users; reset passwords. */
    public static final String USER_MANAGE = "user:manage";
    /** Read the audit log. */
    public static final String AUDIT_VIEW = "audit:view";
    /** Change the tenant's settings (look, time zone). */
    public static final String TENANT_SETTINGS = "tenant:settings";
    /** Issue and revoke kiosk tokens. */
    public static final String KIOSK_MANAGE = "kiosk:manage";
    /** See grids, households, residents and the party. */
    public static final String ORG_VIEW = "org:view";
    /** Change grids, households, residents and the party; import. */
    public static final String ORG_EDIT = "org:edit";
    /** Read points: proposals, ledger, scores, honours. */
    public static final String POINTS_VIEW = "points:view";
    /** Change the points catalogue. */
    public static final String POINTS_CATALOGUE = "points:catalogue";
    /** Propose points for households. */
    public static final String POINTS_PROPOSE = "points:propose";
    /** Confirm or reject proposals; close months; award. */
    public static final String POINTS_CONFIRM = "points:confirm";
    /** Reverse a ledger line. */
    public static final String POINTS_REVERSE = "points:reverse";
    /** Enter a villager's objection. */
    public static final String POINTS_OBJECT = "points:object";
    /** Resolve objections. */
    public static final String POINTS_REVIEW = "points:review";
    /** Change the points rules; run expiry. */
    public static final String POINTS_SETTINGS = "points:settings";
    /** Place and lift restrictions (the negative list). */
    public static final String POINTS_RESTRICT = "points:restrict";
    /** Issue, reissue and revoke household cards. */
    public static final String POINTS_CARD = "points:card";
    /** Verify a scanned household card. */
    public static final String POINTS_VERIFY = "points:verify";
    /** See shops, goods, redemptions and statements. */
    public static final String SHOP_VIEW = "shop:view";
    /** Change shops, goods, clerks, rules; issue statements. */
    public static final String SHOP_MANAGE = "shop:manage";
    /** Serve households at the counter of one's shop. */
    public static final String SHOP_COUNTER = "shop:counter";
    /** Read matters, bidding, contracts and the centres. */
    public static final String DECISION_VIEW = "decision:view";
    /** Record matters, steps, bids, contracts and centre cases. */
    public static final String DECISION_RECORD = "decision:record";
    /** Change decision procedures and the power list. */
    public static final String DECISION_PROCEDURES = "decision:procedures";
    /** Publish and withdraw notices for the villagers of the scope. */
    public static final String NOTICE_PUBLISH = "notice:publish";
    /** See the tenant's devices and what they sent: punches, photos, alarms, kept bad lines, commands, people on terminals. */
    public static final String DEVICE_VIEW = "device:view";
    /** Claim, move, disable devices; give people terminal PINs and push them to terminals. */
    public static final String DEVICE_MANAGE = "device:manage";
    /** See meetings of organisational life and their attendance. */
    public static final String ORGLIFE_VIEW = "orglife:view";
    /** Schedule meetings; keep the tenant's meeting types. */
    public static final String ORGLIFE_RECORD = "orglife:record";
    /** Approve or reject a meeting's record (the township). */
    public static final String ORGLIFE_REVIEW = "orglife:review";
    /** See seals, applications, stamps, alarms and the seal statistics. */
    public static final String SEAL_VIEW = "seal:view";
    /** Apply to use a village's seal. */
    public static final String SEAL_APPLY = "seal:apply";
    /** Decide a step of a seal application's approval chain. */
    public static final String SEAL_APPROVE = "seal:approve";
    /** Register, move and retire seals; keep the application classes; issue terminal secrets. */
    public static final String SEAL_MANAGE = "seal:manage";
    /** See rating campaigns, their results and the problems found. */
    public static final String RATING_VIEW = "rating:view";
    /** Book rating campaigns; keep bottom lines, breaches, problems and promises; print tokens. */
    public static final String RATING_MANAGE = "rating:manage";
    /** Rate as a superior (township, county) or peer with one's account. */
    public static final String RATING_VOTE = "rating:vote";
    /** See liaisons, their households and visits, the household archive, coverage and appraisal. */
    public static final String LIAISON_VIEW = "liaison:view";
    /** Record visits to households and raise the requests found. */
    public static final String LIAISON_RECORD = "liaison:record";
    /** Name liaisons and assign them households. */
    public static final String LIAISON_MANAGE = "liaison:manage";
    /** Everything of the platform operator. */
    public static final String PLATFORM_ALL = "platform:*";

    /** Every permission above. */
    public static final Set<String> ALL = Set.of(PLACE_VIEW, PLACE_EDIT, USER_VIEW, USER_MANAGE, AUDIT_VIEW, TENANT_SETTINGS, KIOSK_MANAGE, ORG_VIEW, ORG_EDIT, POINTS_VIEW, POINTS_CATALOGUE, POINTS_PROPOSE, POINTS_CONFIRM, POINTS_REVERSE, POINTS_OBJECT, POINTS_REVIEW, POINTS_SETTINGS, POINTS_RESTRICT, POINTS_CARD, POINTS_VERIFY, SHOP_VIEW, SHOP_MANAGE, SHOP_COUNTER, DECISION_VIEW, DECISION_RECORD, DECISION_PROCEDURES, NOTICE_PUBLISH, DEVICE_VIEW, DEVICE_MANAGE, ORGLIFE_VIEW, ORGLIFE_RECORD, ORGLIFE_REVIEW, SEAL_VIEW, SEAL_APPLY, SEAL_APPROVE, SEAL_MANAGE, RATING_VIEW, RATING_MANAGE, RATING_VOTE, LIAISON_VIEW, LIAISON_RECORD, LIAISON_MANAGE, PLATFORM_ALL);

    private Permission() {
    }
}
