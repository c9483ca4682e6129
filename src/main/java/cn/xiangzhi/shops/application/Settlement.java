package cn.xiangzhi.shops.application;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shops.domain.Redemption;
import cn.xiangzhi.shops.domain.Shop;
import cn.xiangzhi.shops.domain.ShopStatement;
import cn.xiangzhi.shops.domain.StatementLine;
import cn.xiangzhi.shops.infrastructure.StatementPrint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Monthly settlement with the shops (结算): the tenant admin ({@code shop:manage}) issues a shop's
 * statement of a month that has ended (an hour ago at least, {@link ShopStatement#SETTLING}) — months
 * and the instants that bound them are in the server's time zone — and marks it paid; shop readers see the statements of the shops they see (a clerk: their
 * own shop only) and download them as Excel and PDF. Issuing is idempotent and serialised per shop (the
 * shop's row lock is the transaction's first statement, ADR 0007): issuing again, or at the same time,
 * returns the one statement. A month with nothing in it is issued too, with zero totals.
 */
@ApplicationScoped
@Transactional
public class Settlement {

    @Inject
    TenantEntityManager db;

    @Inject
    Shops shops;

    @Inject
    ShopSettings settings;

    @Inject
    BusinessClock clock;

    public record StatementView(long id, long shopId, String shopCode, String shopName, String period, String number,
                                Instant issuedAt, String issuedBy, int redemptions, int returns, int pointsRedeemed,
                                int pointsReturned, int netPoints, BigDecimal yuanPerPoint, BigDecimal moneyDue, boolean paid,
                                Instant paidAt, String paidBy, String paidReference, List<LineView> lines) implements Serializable {
        static StatementView of(ShopStatement s, boolean withLines) {
            return new StatementView(s.getId(), s.getShop().getId(), s.getShop().getCode(), s.getShop().getName(), s.getPeriod(),
                    s.getNumber(), s.getIssuedAt(), s.getIssuedBy(), s.getRedemptions(), s.getReturns(), s.getPointsRedeemed(),
                    s.getPointsReturned(), s.getNetPoints(), s.getYuanPerPoint(), s.getMoneyDue(), s.isPaid(), s.getPaidAt(),
                    s.getPaidBy(), s.getPaidReference(), withLines ? s.getLines().stream().map(LineView::of).toList() : null);
        }
    }

    public record LineView(long id, long statementId, long redemptionId, Redemption.Kind kind, String householdCode, int points,
                           Instant occurredAt, boolean correction, Long correctsRedemptionId, Long correctsStatementId,
                           String correctsStatementNumber) implements Serializable {
        static LineView of(StatementLine l) {
            ShopStatement corrects = l.getCorrectsStatement();
            return new LineView(l.getId(), l.getStatement().getId(), l.getRedemptionId(), l.getKind(), l.getHouseholdCode(),
                    l.getPoints(), l.getOccurredAt(), l.isCorrection(), l.getCorrectsRedemptionId(),
                    corrects == null ? null : corrects.getId(), corrects == null ? null : corrects.getNumber());
        }
    }

    /** An issue's answer: the statement, and whether this call created it. */
    public record Issued(StatementView statement, boolean created) {
    }

    /** A file to download: content, media type, its name in UTF-8 and an ASCII fallback. */
    public record Download(byte[] content, String type, String fileName, String asciiName) {
    }

    /**
     * Issues the statement of {@code shopId} for {@code period} ({@code YYYY-MM}, a month that has
     * ended): a snapshot of every redemption and return at the shop dated in the month. Issued
     * already: that statement, unchanged.
     */
    public Issued issue(long shopId, String period) {
        UserPrincipal user = Access.require(Permission.SHOP_MANAGE);
        YearMonth month = month(period);
        Instant issuable = ShopStatement.issuableFrom(month, clock.getZone());
        if (clock.instant().isBefore(issuable)) {
            throw new DomainException("error.statement.periodOpen", month.toString(),
                    StatementPrint.TIME.format(issuable.atZone(clock.getZone())));
        }
        EntityManager em = db.tenant();
        // first statement: the shop's row lock serialises issuing, so a second issuer sees the first one's statement
        Shop shop = em.find(Shop.class, shopId, LockModeType.PESSIMISTIC_WRITE);
        if (shop == null) {
            throw new NotFoundException("Shop", shopId);
        }
        shops.visibleShop(shopId);
        ShopStatement existing = em.createQuery("select s from ShopStatement s where s.shop = :s and s.period = :p",
                ShopStatement.class).setParameter("s", shop).setParameter("p", month.toString()).getResultStream().findFirst()
                .orElse(null);
        if (existing != null) {
            return new Issued(StatementView.of(existing, true), false);
        }
        BigDecimal rate = settings.current().yuanPerPoint();
        if (rate == null) {
            throw DomainException.conflict("error.statement.noRate");
        }
        ZoneId zone = clock.getZone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Redemption> dated = em.createQuery("select r from Redemption r where r.shop = :s and r.createdAt >= :from"
                        + " and r.createdAt < :until order by r.createdAt, r.id", Redemption.class).setParameter("s", shop)
                .setParameter("from", from).setParameter("until", until).getResultList();
        Map<Long, ShopStatement> coveredEarlier = statementsCovering(em, dated.stream()
                .filter(r -> r.getKind() == Redemption.Kind.RETURN && r.getReverses().getCreatedAt().isBefore(from))
                .map(r -> r.getReverses().getId()).toList());
        List<StatementLine.Source> sources = new ArrayList<>();
        for (Redemption r : dated) {
            boolean correction = r.getKind() == Redemption.Kind.RETURN && r.getReverses().getCreatedAt().isBefore(from);
            sources.add(new StatementLine.Source(r, correction, correction ? r.getReverses().getId() : null,
                    correction ? coveredEarlier.get(r.getReverses().getId()) : null));
        }
        ShopStatement statement = ShopStatement.issue(shop, month, sources, rate, user.describe(), clock.instant());
        em.persist(statement);
        em.flush();
        return new Issued(StatementView.of(statement, true), true);
    }

    /** The statements already issued that cover these redemptions, by redemption id. */
    private static Map<Long, ShopStatement> statementsCovering(EntityManager em, List<Long> redemptionIds) {
        if (redemptionIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l from StatementLine l where l.redemptionId in :ids", StatementLine.class)
                .setParameter("ids", redemptionIds).getResultStream()
                .collect(Collectors.toMap(StatementLine::getRedemptionId, StatementLine::getStatement));
    }

    /** Records that the tenant paid the statement, once, with a reference; the audit log keeps who and when. */
    public StatementView pay(long statementId, String reference) {
        UserPrincipal user = Access.require(Permission.SHOP_MANAGE);
        EntityManager em = db.tenant();
        // first statement: the statement's row lock, so of two simultaneous payments the second sees the first
        ShopStatement statement = em.find(ShopStatement.class, statementId, LockModeType.PESSIMISTIC_WRITE);
        if (statement == null) {
            throw new NotFoundException("ShopStatement", statementId);
        }
        shops.visibleShop(statement.getShop().getId());
        statement.markPaid(reference, user.describe(), clock.instant());
        em.flush();
        return StatementView.of(statement, false);
    }

    /** The statements of the shops the user sees (of one shop if named), newest month first; without lines. */
    public List<StatementView> statements(Long shopId) {
        List<Shop> visible = shopId == null ? shops.visibleShops() : List.of(shops.visibleShop(shopId));
        if (visible.isEmpty()) {
            return List.of();
        }
        return db.tenant().createQuery("select s from ShopStatement s where s.shop in :s order by s.period desc, s.shop.code",
                        ShopStatement.class).setParameter("s", visible).getResultStream()
                .map(s -> StatementView.of(s, false)).toList();
    }

    /** One statement with its lines. */
    public StatementView statement(long id) {
        return StatementView.of(visibleStatement(id), true);
    }

    /** One statement of one shop (404 when it is another shop's). */
    public StatementView statement(long shopId, long id) {
        ShopStatement s = visibleStatement(id);
        if (!s.getShop().getId().equals(shopId)) {
            throw new NotFoundException("ShopStatement", id);
        }
        return StatementView.of(s, true);
    }

    /** The lines of the statements the user sees: of one statement, or of every visible statement. */
    public List<LineView> lines(Long statementId) {
        if (statementId != null) {
            return statement(statementId).lines();
        }
        List<Shop> visible = shops.visibleShops();
        if (visible.isEmpty()) {
            return List.of();
        }
        return db.tenant().createQuery("select l from StatementLine l where l.statement.shop in :s order by l.id desc",
                StatementLine.class).setParameter("s", visible).setMaxResults(500).getResultStream().map(LineView::of).toList();
    }

    public LineView line(long id) {
        Access.require(Permission.SHOP_VIEW);
        StatementLine line = db.tenant().find(StatementLine.class, id);
        if (line == null) {
            throw new NotFoundException("StatementLine", id);
        }
        visibleStatement(line.getStatement().getId());
        return LineView.of(line);
    }

    /** The statement as an Excel workbook: a summary sheet and a lines sheet. */
    public Download xlsx(long id) {
        StatementView s = statement(id);
        try (SheetWriter sheet = new SheetWriter(clock.zone())) {
            sheet.sheet("结算单", List.of("项目", "值"));
            summary(s).forEach(row -> sheet.row(row[0], row[1]));
            sheet.sheet("明细", List.of("时间", "户编号", "类型", "积分", "兑换单号", "更正", "更正的兑换单", "原结算单"));
            for (LineView l : s.lines()) {
                sheet.row(l.occurredAt(), l.householdCode(), kindName(l.kind()), l.kind() == Redemption.Kind.RETURN ? -l.points()
                        : l.points(), l.redemptionId(), l.correction() ? "是" : "", l.correctsRedemptionId(), l.correctsStatementNumber());
            }
            return new Download(sheet.toBytes(), SheetWriter.XLSX, "结算单-" + s.shopName() + "-" + s.period() + ".xlsx",
                    "statement-" + s.number() + ".xlsx");
        }
    }

    /** The statement as a printable A4 PDF, the tenant's name at its head. */
    public Download pdf(long id) {
        String issuer = TenantContext.current().name();
        StatementView s = statement(id);
        List<StatementPrint.Line> lines = s.lines().stream().map(l -> new StatementPrint.Line(l.occurredAt(), l.householdCode(),
                kindName(l.kind()), l.kind() == Redemption.Kind.RETURN ? -l.points() : l.points(),
                l.correction() ? "更正 #" + l.correctsRedemptionId() + (l.correctsStatementNumber() == null ? ""
                        : "（" + l.correctsStatementNumber() + "）") : "")).toList();
        List<String[]> summary = summary(s).stream().map(row -> new String[]{row[0].toString(),
                row[1] instanceof BigDecimal d ? d.toPlainString() : row[1].toString()}).toList();
        byte[] pdf = StatementPrint.pdf(issuer, "积分兑换结算单 " + s.shopName(), summary, lines, clock.getZone());
        return new Download(pdf, "application/pdf", "结算单-" + s.shopName() + "-" + s.period() + ".pdf",
                "statement-" + s.number() + ".pdf");
    }

    /** The statement's head and totals as label–value pairs (Excel and PDF say the same; numbers stay numbers). */
    private List<Object[]> summary(StatementView s) {
        Function<Instant, String> time = t -> StatementPrint.TIME.format(t.atZone(clock.getZone()));
        return List.of(new Object[]{"结算单号", s.number()}, new Object[]{"兑换点", s.shopCode() + " " + s.shopName()},
                new Object[]{"结算月份", s.period()}, new Object[]{"兑换笔数", s.redemptions()},
                new Object[]{"兑换积分", s.pointsRedeemed()}, new Object[]{"退货笔数", s.returns()},
                new Object[]{"退还积分", s.pointsReturned()}, new Object[]{"净积分", s.netPoints()},
                new Object[]{"每分折合（元）", s.yuanPerPoint()}, new Object[]{"应付金额（元）", s.moneyDue()},
                new Object[]{"出具", time.apply(s.issuedAt()) + " " + s.issuedBy()},
                new Object[]{"付款", s.paid() ? time.apply(s.paidAt()) + " " + s.paidBy() + " 凭证 " + s.paidReference() : "未付"});
    }

    private static String kindName(Redemption.Kind kind) {
        return kind == Redemption.Kind.RETURN ? "退货" : "兑换";
    }

    private ShopStatement visibleStatement(long id) {
        Access.require(Permission.SHOP_VIEW);
        ShopStatement s = db.tenant().find(ShopStatement.class, id);
        if (s == null) {
            throw new NotFoundException("ShopStatement", id);
        }
        shops.visibleShop(s.getShop().getId()); // a clerk of another shop: not found
        return s;
    }

    private static YearMonth month(String period) {
        try {
            YearMonth month = period == null ? null : YearMonth.parse(period.strip());
            if (month == null || month.getYear() < 2000) {
                throw new DomainException("error.statement.period", period);
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new DomainException("error.statement.period", period);
        }
    }
}
