package cn.xiangzhi.shared.metrics;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsTextTest {

    @Test
    void countersAreWrittenOncePerNameWithHelpTypeAndOneSamplePerSetOfTags() {
        Map<String, String> organisation = new LinkedHashMap<>();
        organisation.put("kind", "organisation");
        String text = MetricsText.render(List.of(
                new MetricsText.Sample("xiangzhi.imports", "Imports written", Map.of("kind", "liaison"), 2),
                new MetricsText.Sample("xiangzhi.redemptions", "Redemptions at the counters", Map.of(), 7),
                new MetricsText.Sample("xiangzhi.imports", "Imports written", organisation, 3)));
        assertEquals("""
                # HELP xiangzhi_imports_total Imports written
                # TYPE xiangzhi_imports_total counter
                xiangzhi_imports_total{kind="liaison"} 2
                xiangzhi_imports_total{kind="organisation"} 3
                # HELP xiangzhi_redemptions_total Redemptions at the counters
                # TYPE xiangzhi_redemptions_total counter
                xiangzhi_redemptions_total 7
                """, text);
    }

    @Test
    void namesAndLabelValuesAreEscapedTheWayPrometheusReadsThem() {
        assertEquals("xiangzhi_sign_in_failures_total", MetricsText.name("xiangzhi.sign-in.failures"));
        assertEquals("xiangzhi_records_total", MetricsText.name("xiangzhi.records_total"));
        assertEquals("_1a_total", MetricsText.name("1a"));
        String text = MetricsText.render(List.of(new MetricsText.Sample("a", "two\nlines", Map.of("q", "say \"hi\"\\"), 1)));
        assertEquals("# HELP a_total two\\nlines\n# TYPE a_total counter\na_total{q=\"say \\\"hi\\\"\\\\\"} 1\n", text);
    }
}
