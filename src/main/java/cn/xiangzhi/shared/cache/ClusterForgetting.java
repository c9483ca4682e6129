package cn.xiangzhi.shared.cache;

import cn.xiangzhi.shared.persistence.TransactionEnd;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.collection.ISet;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells every other instance of the cluster to forget a value that changed here (ADR 0025): what
 * each instance remembers for a few seconds ({@link Remembered}: tenants, API sign-ins, devices) is
 * forgotten on this instance by the change itself; this carries the same forgetting to the others
 * through a topic of Payara's data grid (Hazelcast, JNDI {@code payara/Hazelcast}), once when the
 * change is made and again once its transaction has ended. The second time it <em>waits</em> until
 * every other instance listening has answered that it forgot (on a second topic), at most
 * {@link #ANSWER_WAIT}: the transaction's end runs in the request's thread before its answer is
 * sent, so a disabled user is refused by every instance as soon as the disabling has been
 * acknowledged. A cache {@link #register registers} what forgetting a key means for it; messages are
 * plain strings (the grid deserialises them without the application's classes). Without a data grid
 * (a single server, or a grid not yet formed) nothing is sent and each cache's own bound on
 * freshness still holds; an instance that does not answer in time (dying, paused) is logged, and
 * it too forgets within that bound.
 */
@ApplicationScoped
public class ClusterForgetting {

    private static final Logger LOG = Logger.getLogger(ClusterForgetting.class.getName());
    static final String TOPIC = "xiangzhi-forget";
    static final String ANSWERS = "xiangzhi-forgotten";
    /** The instances listening: member ids of the data grid. */
    static final String LISTENERS = "xiangzhi-forgetting-members";
    static final Duration ANSWER_WAIT = Duration.ofSeconds(2);
    private static final char SEPARATOR = '\u0000';
    private static final String UNANSWERED = "-";

    private final Map<String, Consumer<String>> caches = new ConcurrentHashMap<>();
    private final Map<String, Awaited> awaited = new ConcurrentHashMap<>();
    private HazelcastInstance grid;
    private ITopic<String> topic;
    private ITopic<String> answers;
    private ISet<String> listeners;
    private String self;
    private UUID listener;
    private UUID answerListener;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @PostConstruct
    void join() {
        Optional<HazelcastInstance> found = DataGrid.find();
        if (found.isEmpty()) {
            LOG.info("no data grid: changes are forgotten on this instance only");
            return;
        }
        grid = found.get();
        self = grid.getCluster().getLocalMember().getUuid().toString();
        topic = grid.getTopic(TOPIC);
        answers = grid.getTopic(ANSWERS);
        listeners = grid.getSet(LISTENERS);
        answerListener = answers.addMessageListener(this::answered);
        listener = topic.addMessageListener(this::received);
        listeners.add(self);
    }

    @PreDestroy
    void leave() {
        if (topic == null) {
            return;
        }
        try {
            listeners.remove(self);
            topic.removeMessageListener(listener);
            answers.removeMessageListener(answerListener);
        } catch (RuntimeException gridGone) {
            // shutting down
        }
    }

    /** What forgetting {@code key} means for the cache {@code name}, on this instance. */
    public void register(String name, Consumer<String> forgetHere) {
        caches.put(name, forgetHere);
    }

    /**
     * Tells the other instances to forget {@code key} of the cache {@code name} now, and again once
     * the current transaction has ended (committed or rolled back) — as each cache forgets it here —
     * waiting then for every other instance to answer; without a transaction, at once and waiting.
     */
    public void forgetElsewhere(String name, String key) {
        if (topic == null) {
            return;
        }
        String forgetting = name + SEPARATOR + key;
        publish(topic, forgetting + SEPARATOR + UNANSWERED);
        if (TransactionEnd.then(transactions, () -> forgetAndAwait(forgetting)) != TransactionEnd.Outcome.REGISTERED) {
            forgetAndAwait(forgetting);
        }
    }

    private void forgetAndAwait(String forgetting) {
        Set<String> others;
        try {
            others = new HashSet<>(listeners);
            Set<String> members = new HashSet<>();
            grid.getCluster().getMembers().forEach(m -> members.add(m.getUuid().toString()));
            others.retainAll(members);
            others.remove(self);
        } catch (RuntimeException gridTrouble) {
            LOG.log(Level.WARNING, "could not tell the other instances to forget a changed value; they forget it within seconds", gridTrouble);
            return;
        }
        if (others.isEmpty()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        Awaited answers = new Awaited(others);
        awaited.put(id, answers);
        try {
            if (publish(topic, forgetting + SEPARATOR + id) && !answers.await(ANSWER_WAIT)) {
                LOG.warning("instances " + answers.missing() + " did not answer within " + ANSWER_WAIT.toMillis()
                        + " ms that they forgot a changed value; they forget it within seconds");
            }
        } finally {
            awaited.remove(id);
        }
    }

    private boolean publish(ITopic<String> to, String message) {
        try {
            to.publish(message);
            return true;
        } catch (RuntimeException gridTrouble) {
            LOG.log(Level.WARNING, "could not tell the other instances to forget a changed value; they forget it within seconds", gridTrouble);
            return false;
        }
    }

    private void received(Message<String> message) {
        Member from = message.getPublishingMember();
        if (from != null && from.localMember()) {
            return; // forgotten here already, by the change itself
        }
        String[] parts = message.getMessageObject().split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 3) {
            return;
        }
        Consumer<String> cache = caches.get(parts[0]);
        if (cache != null) {
            cache.accept(parts[1]);
        }
        if (!UNANSWERED.equals(parts[2])) {
            publish(answers, parts[2] + SEPARATOR + self);
        }
    }

    private void answered(Message<String> message) {
        String text = message.getMessageObject();
        int at = text.indexOf(SEPARATOR);
        Awaited waiting = at < 0 ? null : awaited.get(text.substring(0, at));
        if (waiting != null) {
            waiting.answered(text.substring(at + 1));
        }
    }

    /** The instances yet to answer one forgetting. */
    static final class Awaited {
        private final Set<String> missing = ConcurrentHashMap.newKeySet();
        private final CountDownLatch latch;

        Awaited(Set<String> instances) {
            missing.addAll(instances);
            latch = new CountDownLatch(instances.size());
        }

        void answered(String instance) {
            if (missing.remove(instance)) {
                latch.countDown();
            }
        }

        boolean await(Duration atMost) {
            try {
                return latch.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        Set<String> missing() {
            return Set.copyOf(missing);
        }
    }
}
