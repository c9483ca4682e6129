package cn.xiangzhi.shared.metrics;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counters in the Prometheus text exposition format (version 0.0.4, which Prometheus and
 * OpenMetrics scrapers both read): {@code # HELP}, {@code # TYPE} and one sample per set of tags,
 * names with {@code _} for every character Prometheus does not allow and {@code _total} at the end.
 */
public final class MetricsText {

    public static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** One counter with one set of tags (in order). */
    public record Sample(String name, String description, Map<String, String> tags, long value) {
    }

    private MetricsText() {
    }

    /** The counters of {@code registry}. */
    public static List<Sample> counters(MetricRegistry registry) {
        List<Sample> samples = new ArrayList<>();
        SortedMap<MetricID, Counter> counters = registry.getCounters();
        counters.forEach((id, counter) -> {
            Metadata metadata = registry.getMetadata(id.getName());
            samples.add(new Sample(id.getName(), metadata == null ? "" : metadata.getDescription(),
                    new TreeMap<>(id.getTags()), counter.getCount()));
        });
        return samples;
    }

    public static String render(List<Sample> samples) {
        Map<String, List<Sample>> byName = new TreeMap<>();
        samples.forEach(s -> byName.computeIfAbsent(name(s.name()), n -> new ArrayList<>()).add(s));
        StringBuilder text = new StringBuilder();
        byName.forEach((name, family) -> {
            text.append("# HELP ").append(name).append(' ').append(help(family.get(0).description())).append('\n');
            text.append("# TYPE ").append(name).append(" counter\n");
            for (Sample s : family) {
                text.append(name);
                if (!s.tags().isEmpty()) {
                    StringBuilder labels = new StringBuilder();
                    s.tags().forEach((k, v) -> labels.append(labels.isEmpty() ? "" : ",").append(label(k)).append("=\"")
                            .append(value(v)).append('"'));
                    text.append('{').append(labels).append('}');
                }
                text.append(' ').append(s.value()).append('\n');
            }
        });
        return text.toString();
    }

    /** {@code xiangzhi.redemptions} → {@code xiangzhi_redemptions_total}. */
    static String name(String dotted) {
        String name = dotted.replaceAll("[^a-zA-Z0-9_:]", "_");
        if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
            name = "_" + name;
        }
        return name.endsWith("_total") ? name : name + "_total";
    }

    private static String label(String name) {
        String label = name.replaceAll("[^a-zA-Z0-9_]", "_");
        return !label.isEmpty() && Character.isDigit(label.charAt(0)) ? "_" + label : label;
    }

    private static String value(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String help(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
