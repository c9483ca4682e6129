package cn.xiangzhi.shared.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Values kept until their tenant's data changes: read once, read again after a write, never kept from a read a write overlapped. */
class KeptUntilChangedTest {

    final TenantChanges changes = new TenantChanges(); // no transactions here: a write moves the counter once
    final AtomicInteger reads = new AtomicInteger();

    String read(String value) {
        reads.incrementAndGet();
        return value;
    }

    @Test
    void aValueIsReadOnceUntilItsTenantWritesAndOtherTenantsWritesDoNotCount() {
        KeptUntilChanged<Long, String> kept = new KeptUntilChanged<>(changes, Duration.ofMinutes(1), 10);
        assertEquals("board 1", kept.get(1, 7L, () -> read("board 1")));
        assertEquals("board 1", kept.get(1, 7L, () -> read("board 2")));
        assertEquals(1, reads.get());
        changes.written(2);
        assertEquals("board 1", kept.get(1, 7L, () -> read("board 2")), "another tenant's write");
        changes.written(1);
        assertEquals("board 2", kept.get(1, 7L, () -> read("board 2")), "its own tenant's write");
        assertEquals(2, reads.get());
    }

    @Test
    void aValueReadWhileTheTenantWroteIsNotKept() {
        KeptUntilChanged<Long, String> kept = new KeptUntilChanged<>(changes, Duration.ofMinutes(1), 10);
        assertEquals("half-written", kept.get(1, 7L, () -> {
            changes.written(1);
            return read("half-written");
        }));
        assertEquals("after", kept.get(1, 7L, () -> read("after")));
        assertEquals("after", kept.get(1, 7L, () -> read("again")));
        assertEquals(2, reads.get());
    }

    @Test
    void aValueIsKeptNoLongerThanItsFreshnessAndNothingAbsentIsKept() throws InterruptedException {
        KeptUntilChanged<Long, String> kept = new KeptUntilChanged<>(changes, Duration.ofMillis(50), 10);
        kept.get(1, 7L, () -> read("first"));
        Thread.sleep(60); // a value lives between half and all of its freshness
        assertEquals("second", kept.get(1, 7L, () -> read("second")), "a write on another server shows within the freshness");
        assertNull(kept.get(1, 8L, () -> null));
        kept.get(1, 8L, () -> read("found"));
        assertEquals(3, reads.get(), "the absent value was read again");
    }
}
