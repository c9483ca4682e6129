package cn.xiangzhi.shared.cache;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells every other instance of the cluster to forget a value that changed here (ADR 0025): what
 * each instance remembers for a few seconds ({@link Remembered}: tenants, API sign-ins, devices) is
 * forgotten on this instance by the change itself; this carries the same forgetting to the others
 * through a topic of Payara's data grid (Hazelcast, JNDI {@code payara/Hazelcast}) when the change is
 * made and once its transaction has ended — so a disabled user is refused by every instance as soon
 * as the disabling has committed, not a few seconds later. A cache {@link #register registers} what forgetting a key
 * means for it; a message is the cache's name and the key as text (plain strings: the grid
 * deserialises them without the application's classes). Without a data grid (a single server, or a
 * grid not yet formed) nothing is sent and each cache's own bound on freshness still holds.
 */
@ApplicationScoped
public class ClusterForgetting {

    private static final Logger LOG = Logger.getLogger(ClusterForgetting.class.getName());
    static final String TOPIC = "xiangzhi-forget";
    private static final char SEPARATOR = '\u0000';

    private final Map<String, Consumer<String>> caches = new ConcurrentHashMap<>();
    private ITopic<String> topic;
    private UUID listener;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PostConstruct
    void join() {
        Optional<HazelcastInstance> grid = DataGrid.find();
        if (grid.isEmpty()) {
            LOG.info("no data grid: changes are forgotten on this instance only");
            return;
        }
        topic = grid.get().getTopic(TOPIC);
        listener = topic.addMessageListener(this::received);
    }

    @PreDestroy
    void leave() {
        if (topic != null && listener != null) {
            try {
                topic.removeMessageListener(listener);
            } catch (RuntimeException gridGone) {
                // shutting down
            }
        }
    }

    /** What forgetting {@code key} means for the cache {@code name}, on this instance. */
    public void register(String name, Consumer<String> forgetHere) {
        caches.put(name, forgetHere);
    }

    /**
     * Tells the other instances to forget {@code key} of the cache {@code name} now and again once
     * the current transaction has ended (committed or rolled back) — as each cache forgets it here:
     * the first message is on its way while the change commits, so the other instances have
     * forgotten the old value by the time the change is acknowledged; the second forgets what they
     * may have read again meanwhile. The messages are asynchronous: a request reaching another
     * instance in the milliseconds after the commit may still be answered from what it remembered.
     */
    public void forgetElsewhere(String name, String key) {
        if (topic == null) {
            return;
        }
        String message = name + SEPARATOR + key;
        publish(message);
        TransactionEnd.then(transactions, () -> publish(message));
    }

    private void publish(String message) {
        try {
            topic.publish(message);
        } catch (RuntimeException gridTrouble) {
            LOG.log(Level.WARNING, "could not tell the other instances to forget a changed value; they forget it within seconds", gridTrouble);
        }
    }

    private void received(Message<String> message) {
        Member from = message.getPublishingMember();
        if (from != null && from.localMember()) {
            return; // forgotten here already, by the change itself
        }
        String text = message.getMessageObject();
        int at = text.indexOf(SEPARATOR);
        if (at < 0) {
            return;
        }
        Consumer<String> cache = caches.get(text.substring(0, at));
        if (cache != null) {
            cache.accept(text.substring(at + 1));
        }
    }
}
