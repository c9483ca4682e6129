package cn.xiangzhi.shared.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart value="…"} (a JSON string), so a page shows
 * figures people would rather look at than read — one place for the kind of chart the pages use.
 */
public final class Charts {

    private Charts() {
    }

    /** One series: its name (the legend), its colour, a value per label. */
    public record Series(String name, String colour, List<? extends Number> values) {
    }

    /**
     * Horizontal stacked bars, a bar per label (a village, a township): readable with many labels and
     * on a phone. Whole numbers on the axis.
     */
    public static String stackedBars(List<String> labels, List<Series> series) {
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", data(labels, series))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", axis).add("y", Json.createObjectBuilder().add("stacked", true)))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    /**
     * Vertical bars side by side, a group per label (a month): for a few labels and series of different
     * things (applications, stamps, alarms) that must not be stacked. Whole numbers on the axis.
     */
    public static String bars(List<String> labels, List<Series> series) {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", data(labels, series))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    /** The labels and a dataset per series, as Chart.js reads them. */
    private static JsonObjectBuilder data(List<String> labels, List<Series> series) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            s.values().forEach(v -> values.add(v.doubleValue()));
            datasets.add(Json.createObjectBuilder().add("label", s.name()).add("backgroundColor", s.colour()).add("data", values));
        }
        return Json.createObjectBuilder().add("labels", names).add("datasets", datasets);
    }
}
