import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monthly coverage report of a county, for bench/liaison.sh: {@code base tenant month jdbcUrl tenantId}.
 * The report through REST ({@code GET /api/t/{tenant}/liaison-reports/coverage?month=}, per village and per
 * liaison, as the county admin) five times after one unmeasured call, next to one SQL aggregate of the
 * same rows (households assigned per liaison, and of them those with a visit in the month) over JDBC, five
 * times; then how many liaisons' figures differ between the two (must be 0).
 */
public class LiaisonLoad {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .build();
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:bench-admin-1".getBytes(StandardCharsets.UTF_8));
    static final Pattern ID = Pattern.compile("\"liaisonId\":(\\d+)");
    static final Pattern FIGURES = Pattern.compile("\"figures\":\\{\"assigned\":(\\d+),\"visited\":(\\d+)\\}");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String tenant = args[1];
        YearMonth month = YearMonth.parse(args[2]);
        String jdbc = args[3];
        long tenantId = Long.parseLong(args[4]);

        Map<Long, long[]> byRest = new HashMap<>();
        List<Long> restMs = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < 6; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> reply = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/t/" + tenant
                    + "/liaison-reports/coverage?month=" + month)).header("Authorization", AUTH).header("Accept", "application/json")
                    .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - t0) / 1_000_000;
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("coverage answered " + reply.statusCode() + ": " + reply.body());
            }
            if (i > 0) {
                restMs.add(took);
            }
            bytes = reply.body().length();
            byRest = liaisons(reply.body());
        }
        String sql = "select a.liaison_id, count(*), count(v.household_id) from liaison_assignment a"
                + " left join (select distinct household_id from liaison_visit where tenant_id = ? and visited_on >= ? and visited_on <= ?) v"
                + " on v.household_id = a.household_id where a.tenant_id = ? group by a.liaison_id";
        Map<Long, long[]> bySql = new HashMap<>();
        List<Long> sqlMs = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc, System.getenv("XIANGZHI_DB_USER"), System.getenv("XIANGZHI_DB_PASSWORD"))) {
            for (int i = 0; i < 6; i++) {
                long t0 = System.nanoTime();
                bySql.clear();
                try (PreparedStatement q = db.prepareStatement(sql)) {
                    q.setLong(1, tenantId);
                    q.setObject(2, month.atDay(1));
                    q.setObject(3, month.atEndOfMonth());
                    q.setLong(4, tenantId);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            bySql.put(r.getLong(1), new long[]{r.getLong(2), r.getLong(3)});
                        }
                    }
                }
                if (i > 0) {
                    sqlMs.add((System.nanoTime() - t0) / 1_000_000);
                }
            }
        }
        int differ = 0;
        for (Map.Entry<Long, long[]> e : bySql.entrySet()) {
            long[] rest = byRest.get(e.getKey());
            if (rest == null || rest[0] != e.getValue()[0] || rest[1] != e.getValue()[1]) {
                differ++;
            }
        }
        long assigned = bySql.values().stream().mapToLong(f -> f[0]).sum();
        long visited = bySql.values().stream().mapToLong(f -> f[1]).sum();
        System.out.printf("coverage of %s: %d liaisons, %d households assigned, %d visited (%d%%); the answer is %,d characters%n",
                month, bySql.size(), assigned, visited, assigned == 0 ? 0 : visited * 100 / assigned, bytes);
        System.out.println("  REST coverage report (the application's grouped queries)  " + times(restMs));
        System.out.println("  one SQL aggregate over JDBC                               " + times(sqlMs));
        System.out.println("  liaisons whose figures differ between the two: " + differ + " of " + bySql.size()
                + (byRest.size() == bySql.size() ? "" : " (REST listed " + byRest.size() + ")"));
    }

    /** Each liaison of the report's "liaisons" array: its figures, read per object whatever order the fields are written in. */
    static Map<Long, long[]> liaisons(String body) {
        Map<Long, long[]> figures = new HashMap<>();
        int from = body.indexOf("\"liaisons\":[");
        int depth = 0;
        int start = -1;
        for (int i = from + "\"liaisons\":[".length(); i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                for (i++; i < body.length() && body.charAt(i) != '"'; i++) {
                    if (body.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '{') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == '}') {
                if (--depth == 0) {
                    String object = body.substring(start, i + 1);
                    Matcher id = ID.matcher(object);
                    Matcher f = FIGURES.matcher(object);
                    if (id.find() && f.find()) {
                        figures.put(Long.parseLong(id.group(1)), new long[]{Long.parseLong(f.group(1)), Long.parseLong(f.group(2))});
                    }
                }
            } else if (c == ']' && depth == 0) {
                break;
            }
        }
        return figures;
    }

    static String times(List<Long> ms) {
        List<Long> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        return "median " + sorted.get(sorted.size() / 2) + " ms (best " + sorted.get(0) + " ms, all " + ms + ")";
    }
}
