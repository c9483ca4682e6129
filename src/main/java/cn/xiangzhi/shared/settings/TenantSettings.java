package cn.xiangzhi.shared.settings;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;

/**
 * One tenant's settings of one context, kept as a single row (the points rules, the shop rules):
 * without a row the defaults apply; readers with {@link #viewPermission()} read them, holders of
 * {@link #changePermission()} replace them all at once, and invalid values change nothing. A context
 * subclasses this, naming its row and permissions in its constructor, and shows the row as it likes.
 *
 * @param <R> the row, a tenant-owned entity
 * @param <V> its values, validated by the row
 */
public abstract class TenantSettings<R extends TenantSettings.Row<V>, V> {

    /** A settings row: its values, replaced together, and who changed them when. */
    public interface Row<V> {
        Object getId();

        V values();

        /** Replaces the values after validating them (throwing the broken rule's refusal, changing nothing). */
        void change(V values, String by, Instant at);
    }

    /** How a context's row is made: {@code new PointsRules(values, by, at)}. */
    @FunctionalInterface
    public interface NewRow<R, V> {
        R of(V values, String by, Instant at);
    }

    @Inject
    protected TenantEntityManager db;

    @Inject
    protected BusinessClock clock;

    private final Class<R> rowType;
    private final NewRow<R, V> newRow;
    private final V defaults;
    private final String viewPermission;
    private final String changePermission;
    private final String missingKey;

    /**
     * @param missingKey the refusal when no values are given at all
     */
    protected TenantSettings(Class<R> rowType, NewRow<R, V> newRow, V defaults, String viewPermission,
                             String changePermission, String missingKey) {
        this.rowType = rowType;
        this.newRow = newRow;
        this.defaults = defaults;
        this.viewPermission = viewPermission;
        this.changePermission = changePermission;
        this.missingKey = missingKey;
    }

    /** The stored row, or null while the defaults apply; checks the reader's permission. */
    protected R read() {
        Access.require(viewPermission);
        return stored(db.tenant());
    }

    /** The stored row by id: not found for another tenant's id or while the defaults apply. */
    protected R read(long id) {
        R row = read();
        if (row == null || !Long.valueOf(id).equals(row.getId())) {
            throw new NotFoundException(rowType.getSimpleName(), id);
        }
        return row;
    }

    /** Replaces all the values (the row is created on the first change). */
    protected R replace(V values) {
        UserPrincipal user = Access.require(changePermission);
        if (values == null) {
            throw new DomainException(missingKey);
        }
        EntityManager em = db.tenant();
        R row = stored(em);
        Instant now = clock.instant();
        if (row == null) {
            row = newRow.of(values, user.describe(), now);
            em.persist(row);
        } else {
            row.change(values, user.describe(), now);
        }
        em.flush();
        return row;
    }

    /** The values in force, for the context's other services (which have checked their caller's permission). */
    public V current() {
        R row = stored(db.tenant());
        return row == null ? defaults : row.values();
    }

    private R stored(EntityManager em) {
        return em.createQuery("select r from " + rowType.getSimpleName() + " r", rowType).getResultStream().findFirst()
                .orElse(null);
    }
}
