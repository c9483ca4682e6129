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
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            s.values().forEach(v -> values.add(v.doubleValue()));
            datasets.add(Json.createObjectBuilder().add("label", s.name()).add("backgroundColor", s.colour()).add("data", values));
        }
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", axis).add("y", Json.createObjectBuilder().add("stacked", true)))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }
}
