package cn.xiangzhi.shared.metrics;

import cn.xiangzhi.shared.persistence.TransactionEnd;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The application's own figures as MicroProfile Metrics counters of this instance (ADR 0027):
 * each bounded context names what it counts ({@link Figure}) and tells it here when it happened;
 * what a transaction did is counted once the transaction has committed, never when it rolled back.
 * Operators read them at {@code GET /api/platform/metrics} (OpenMetrics text); Payara's public
 * {@code /metrics} stays switched off.
 */
@ApplicationScoped
public class Tally {

    /** A counter: its name (dotted; {@code xiangzhi_…_total} in the text format) and what it counts. */
    public record Figure(String name, String description) {
        Metadata metadata() {
            return Metadata.builder().withName(name).withDescription(description).build();
        }
    }

    /** Spreadsheet imports written (not dry runs, not refused ones), tagged by {@code kind}. */
    public static final Figure IMPORTS = new Figure("xiangzhi.imports",
            "Spreadsheet imports written, by kind (organisation: grids, households, residents; liaison: liaisons and their households)");

    /** The rows those imports added or changed, tagged by {@code kind}. */
    public static final Figure IMPORTED_ROWS = new Figure("xiangzhi.imported.rows",
            "Rows the written imports added or changed, by kind");

    /** What a written import of {@code kind} did: one import, {@code rows} rows, counted once it commits. */
    public void imported(String kind, long rows) {
        Tag tag = new Tag("kind", kind);
        committed(IMPORTS, 1, tag);
        committed(IMPORTED_ROWS, rows, tag);
    }

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** Counts {@code n} of {@code figure} once the current transaction has committed (at once without one). */
    public void committed(Figure figure, long n, Tag... tags) {
        if (n > 0) {
            TransactionEnd.ifCommitted(transactions, () -> now(figure, n, tags));
        }
    }

    /** Counts {@code n} of {@code figure} now: what happened whether or not a transaction commits. */
    public void now(Figure figure, long n, Tag... tags) {
        if (n > 0) {
            registry.counter(figure.metadata(), tags).inc(n);
        }
    }
}
