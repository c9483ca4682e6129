package cn.xiangzhi.rating.application;

import cn.xiangzhi.platform.domain.AuditEntry;
import cn.xiangzhi.rating.application.RatingViews.CampaignView;
import cn.xiangzhi.rating.application.RatingViews.Results;
import cn.xiangzhi.rating.application.RatingViews.SubjectResult;
import cn.xiangzhi.rating.application.RatingViews.Trail;
import cn.xiangzhi.rating.application.RatingViews.TrailEvent;
import cn.xiangzhi.rating.application.RatingViews.TrailHour;
import cn.xiangzhi.rating.domain.RaterGroup;
import cn.xiangzhi.shared.persistence.NativeSql;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A campaign's audit trail (issue 17 point 6): the audit log's entries for the campaign, its subjects
 * and its problems; the ballots of the ledger and the refused attempts by hour; and a check that the
 * results recomputed from the stored ballots count exactly the effective votes. Refused attempts are
 * counted per campaign, hour and reason ({@code rating_refusal}), in a transaction of their own so a
 * refused vote leaves its trace, and bounded however many are refused. Never who.
 */
@ApplicationScoped
public class CampaignTrails {

    /** Why an attempt was refused. */
    public enum Refusal { NOT_IDENTIFIED, TOO_MANY }

    static final int MAX_EVENTS = 500;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    TenantEntityManager db;

    @Inject
    Campaigns campaigns;

    @Inject
    BusinessClock clock;

    /** Counts one refused attempt on {@code campaignId} now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(long campaignId, Refusal reason) {
        LocalDateTime hour = LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        NativeSql.of(db.tenant(), "insert into rating_refusal (tenant_id, campaign_id, hour_start, reason, attempts)"
                        + " select ?, id, ?, ?, 1 from rating_campaign where id = ? and tenant_id = ?"
                        + " on duplicate key update attempts = attempts + 1")
                .setParameter(1, TenantContext.current().id()).setParameter(2, hour).setParameter(3, reason.name())
                .setParameter(4, campaignId).setParameter(5, TenantContext.current().id()).executeUpdate();
    }

    @Transactional
    public Trail trail(long campaignId) {
        Access.require(Permission.RATING_MANAGE);
        CampaignView campaign = campaigns.campaign(campaignId);
        long tenant = TenantContext.current().id();
        var em = db.tenant();
        List<String> subjects = em.createQuery("select cast(s.id as varchar(20)) from RatingSubject s where s.campaign.id = :c", String.class)
                .setParameter("c", campaignId).getResultList();
        List<String> problems = em.createQuery("select cast(p.id as varchar(20)) from Problem p where p.subject.campaign.id = :c", String.class)
                .setParameter("c", campaignId).getResultList();
        List<TrailEvent> events = em.createQuery("select a from AuditEntry a where (a.entityType = 'RatingCampaign' and a.entityId = :c)"
                        + " or (a.entityType = 'RatingSubject' and a.entityId in :s and a.action <> 'CREATE')"
                        + " or (a.entityType = 'Problem' and a.entityId in :p) order by a.occurredAt desc, a.id desc", AuditEntry.class)
                .setParameter("c", String.valueOf(campaignId)).setParameter("s", orNone(subjects)).setParameter("p", orNone(problems))
                .setMaxResults(MAX_EVENTS).getResultStream()
                .map(a -> new TrailEvent(a.getOccurredAt(), a.getActor(), a.getAction(), a.getEntityType(), a.getEntityId(), a.changesText()))
                .toList();

        Map<LocalDateTime, long[]> byHour = new TreeMap<>();
        for (Object[] r : em.createQuery("select function('DATE_FORMAT', v.castAt, '%Y-%m-%d %H'), v.raterGroup, count(v),"
                        + " sum(case when v.seq > 1 then 1 else 0 end) from Vote v where v.campaignId = :c"
                        + " group by function('DATE_FORMAT', v.castAt, '%Y-%m-%d %H'), v.raterGroup", Object[].class)
                .setParameter("c", campaignId).getResultList()) {
            long[] hour = byHour.computeIfAbsent(local((String) r[0]), k -> new long[8]);
            long count = ((Number) r[2]).longValue();
            hour[0] += count;
            hour[1] += r[3] == null ? 0 : ((Number) r[3]).longValue();
            hour[2 + ((RaterGroup) r[1]).ordinal()] += count;
        }
        long refused = 0;
        for (Object[] r : rows(NativeSql.of(em, "select hour_start, reason, attempts from rating_refusal where tenant_id = ? and campaign_id = ?")
                .setParameter(1, tenant).setParameter(2, campaignId).getResultList())) {
            LocalDateTime utc = r[0] instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) r[0];
            long[] hour = byHour.computeIfAbsent(clock.local(utc.toInstant(ZoneOffset.UTC)).toLocalDateTime().truncatedTo(ChronoUnit.HOURS), k -> new long[8]);
            long attempts = ((Number) r[2]).longValue();
            hour[Refusal.valueOf((String) r[1]) == Refusal.NOT_IDENTIFIED ? 6 : 7] += attempts;
            refused += attempts;
        }
        List<TrailHour> hours = new ArrayList<>();
        byHour.forEach((hour, n) -> hours.add(new TrailHour(hour, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7])));

        long ballots = em.createQuery("select count(v) from Vote v where v.campaignId = :c", Long.class).setParameter("c", campaignId)
                .getSingleResult();
        long raters = em.createQuery("select count(distinct v.raterKey) from Vote v where v.campaignId = :c", Long.class)
                .setParameter("c", campaignId).getSingleResult();
        long effective = ((Number) NativeSql.of(em, "select count(*) from (select distinct subject_id, rater_key from rating_vote"
                + " where tenant_id = ? and campaign_id = ?) e").setParameter(1, tenant).setParameter(2, campaignId).getSingleResult()).longValue();
        Results results = campaigns.results(campaignId);
        long counted = results.subjects().stream().mapToLong(SubjectResult::votes).sum();
        boolean whole = results.subjects().size() == campaign.subjects();
        return new Trail(campaign, events, hours, ballots, raters, effective, refused, !whole || counted == effective);
    }

    private LocalDateTime local(String utcHour) {
        return clock.local(LocalDateTime.parse(utcHour + ":00", MINUTE).toInstant(ZoneOffset.UTC))
                .toLocalDateTime().truncatedTo(ChronoUnit.HOURS);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> list) {
        return (List<Object[]>) list;
    }

    private static List<String> orNone(List<String> ids) {
        return ids.isEmpty() ? List.of("-") : ids;
    }
}
