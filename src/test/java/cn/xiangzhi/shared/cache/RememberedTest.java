package cn.xiangzhi.shared.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RememberedTest {

    private final AtomicLong clock = new AtomicLong();
    private final Remembered<String, String> remembered = new Remembered<>(Duration.ofSeconds(5), 3, clock::get);
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<String> read(String key) {
        reads.incrementAndGet();
        return key.startsWith("none") ? Optional.empty() : Optional.of(key + reads.get());
    }

    @Test
    void aValueIsReadOnceWhileFreshAndAgainAfterwards() {
        assertEquals("a1", remembered.get("a", this::read).orElseThrow());
        clock.set(Duration.ofSeconds(4).toNanos());
        assertEquals("a1", remembered.get("a", this::read).orElseThrow());
        assertEquals(1, reads.get());
        clock.set(Duration.ofSeconds(5).toNanos());
        assertEquals("a2", remembered.get("a", this::read).orElseThrow(), "5 s after the read it is read again");
    }

    @Test
    void absentValuesAreNotRemembered() {
        assertEquals(Optional.empty(), remembered.get("none", this::read));
        assertEquals(Optional.empty(), remembered.get("none", this::read));
        assertEquals(2, reads.get());
    }

    @Test
    void aForgottenKeyIsReadAgain() {
        remembered.get("a", this::read);
        remembered.forget("a", null);
        assertEquals("a2", remembered.get("a", this::read).orElseThrow());
        assertEquals(Optional.empty(), remembered.peek("b"));
    }

    @Test
    void aValueReadWhileAChangeBeganIsNotRemembered() {
        Optional<String> during = remembered.get("a", key -> {
            remembered.forget("a", null); // another thread changes the row while this one reads it
            return read(key);
        });
        assertEquals("a1", during.orElseThrow(), "the caller still gets what it read");
        assertEquals(Optional.empty(), remembered.peek("a"), "but it is not remembered");

        long since = remembered.generation();
        remembered.forget("b", null);
        remembered.put("a", "stale", since);
        assertEquals(Optional.empty(), remembered.peek("a"), "put refuses a value read before a change");
        remembered.put("a", "fresh", remembered.generation());
        assertEquals("fresh", remembered.peek("a").orElseThrow());
    }

    @Test
    void whenFullEverythingIsDropped() {
        remembered.get("a", this::read);
        remembered.get("b", this::read);
        remembered.get("c", this::read);
        remembered.get("d", this::read);
        assertEquals(Optional.empty(), remembered.peek("a"));
        assertEquals("d4", remembered.peek("d").orElseThrow());
    }
}
