import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Star rating under load, for bench/rating.sh:
 * {@code base tenant voteCampaign voteSubject raters burst bigCampaign jdbcUrl tenantId}.
 * <ol>
 *   <li><b>votes</b>: {@code raters} households (codes R00001…, heads 户1…) each open the phone page
 *       and post a vote, {@code burst} of them at the same moment, burst after burst; p50/p95/p99 of
 *       the page and of the vote, failures, and the campaign's effective votes afterwards;</li>
 *   <li><b>results</b>: the results of {@code bigCampaign} (300 subjects, 100,000 stored votes)
 *       through REST, five times, next to one SQL aggregate of the same effective votes (weighted
 *       per group) over JDBC, five times; the two must agree on every subject's score.</li>
 * </ol>
 */
public class RatingLoad {

    static HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:bench-admin-1".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String tenant = args[1];
        long campaign = Long.parseLong(args[2]);
        long subject = Long.parseLong(args[3]);
        int raters = Integer.parseInt(args[4]);
        int burst = Integer.parseInt(args[5]);
        long big = Long.parseLong(args[6]);
        String jdbc = args[7];
        long tenantId = Long.parseLong(args[8]);
        String page = base + "/t/" + tenant + "/public/rate.xhtml?campaign=" + campaign;

        List<Long> pageMs = Collections.synchronizedList(new ArrayList<>());
        List<Long> voteMs = Collections.synchronizedList(new ArrayList<>());
        List<Long> pageWarm = Collections.synchronizedList(new ArrayList<>());
        List<Long> voteWarm = Collections.synchronizedList(new ArrayList<>());
        int warmFrom = raters / 10;
        AtomicInteger failures = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(burst);
        long started = System.nanoTime();
        for (int first = 1; first <= raters; first += burst) {
            int size = Math.min(burst, raters - first + 1);
            CyclicBarrier together = new CyclicBarrier(size);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int rater = first + i;
                futures.add(threads.submit((Callable<Void>) () -> {
                    together.await();
                    long t0 = System.nanoTime();
                    HttpResponse<String> shown = client.send(HttpRequest.newBuilder(URI.create(page)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    long pageTook = (System.nanoTime() - t0) / 1_000_000;
                    pageMs.add(pageTook);
                    if (rater > warmFrom) {
                        pageWarm.add(pageTook);
                    }
                    if (shown.statusCode() != 200 || !shown.body().contains("rate-form")) {
                        failures.incrementAndGet();
                    }
                    String answer = Integer.toString(1 + rater % 5);
                    String form = "way=HOUSEHOLD&code=" + String.format("R%05d", rater) + "&secret=" + enc("户" + rater) + "&subject=" + subject
                            + "&q0=" + answer + "&q1=" + answer + "&q2=" + answer + "&comment=";
                    long t1 = System.nanoTime();
                    HttpResponse<String> voted = client.send(HttpRequest.newBuilder(URI.create(page))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                    long voteTook = (System.nanoTime() - t1) / 1_000_000;
                    voteMs.add(voteTook);
                    if (rater > warmFrom) {
                        voteWarm.add(voteTook);
                    }
                    if (voted.statusCode() != 200 || !voted.body().contains("id=\"cast\"")) {
                        failures.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        threads.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("votes: %d raters in bursts of %d, %.1f s in all (%.0f votes/s), failures %d%n", raters, burst, seconds,
                raters / seconds, failures.get());
        System.out.println("  phone page  " + percentiles(pageMs));
        System.out.println("  vote        " + percentiles(voteMs));
        System.out.println("  without the first " + warmFrom + " raters (the server warming up):");
        System.out.println("  phone page  " + percentiles(pageWarm));
        System.out.println("  vote        " + percentiles(voteWarm));
        String results = rest(base + "/api/t/" + tenant + "/rating-campaigns/" + campaign + "/results");
        System.out.println("  effective votes counted in the results: " + scores(results).values().stream().mapToLong(s -> s[1].longValue()).sum());

        // results of the county's campaign: REST (the application's computation) vs one SQL aggregate
        Map<Long, Double> byRest = new HashMap<>();
        List<Long> restMs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long t0 = System.nanoTime();
            String body = rest(base + "/api/t/" + tenant + "/rating-campaigns/" + big + "/results");
            if (i > 0) {
                restMs.add((System.nanoTime() - t0) / 1_000_000);
            }
            byRest.clear();
            scores(body).forEach((id, score) -> byRest.put(id, score[0]));
        }
        String sql = "select subject_id, sum(w * avg_score) / sum(w), sum(n) from ("
                + " select v.subject_id, avg(v.score) avg_score, count(*) n, case v.rater_group when 'SELF' then c.weight_self"
                + " when 'PEER' then c.weight_peer when 'PUBLIC' then c.weight_public else c.weight_superior end w"
                + " from rating_vote v join rating_campaign c on c.id = v.campaign_id"
                + " where v.tenant_id = ? and v.campaign_id = ? and v.seq = (select max(x.seq) from rating_vote x"
                + "  where x.tenant_id = v.tenant_id and x.subject_id = v.subject_id and x.rater_key = v.rater_key)"
                + " group by v.subject_id, v.rater_group) g where w > 0 group by subject_id";
        Map<Long, Double> bySql = new HashMap<>();
        List<Long> sqlMs = new ArrayList<>();
        long counted = 0;
        try (Connection db = DriverManager.getConnection(jdbc, System.getenv("XIANGZHI_DB_USER"), System.getenv("XIANGZHI_DB_PASSWORD"))) {
            for (int i = 0; i < 6; i++) {
                long t0 = System.nanoTime();
                bySql.clear();
                counted = 0;
                try (PreparedStatement q = db.prepareStatement(sql)) {
                    q.setLong(1, tenantId);
                    q.setLong(2, big);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            bySql.put(r.getLong(1), Math.round(r.getDouble(2) * 100) / 100.0);
                            counted += r.getLong(3);
                        }
                    }
                }
                if (i > 0) {
                    sqlMs.add((System.nanoTime() - t0) / 1_000_000);
                }
            }
        }
        int differ = 0;
        for (Map.Entry<Long, Double> e : bySql.entrySet()) {
            Double rest = byRest.get(e.getKey());
            if (rest == null || Math.abs(rest - e.getValue()) > 0.011) {
                differ++;
            }
        }
        System.out.printf("results of %d subjects from %d effective votes:%n", byRest.size(), counted);
        System.out.println("  REST results (computed by the application)  " + times(restMs));
        System.out.println("  one SQL aggregate over JDBC                 " + times(sqlMs));
        System.out.println("  subjects whose scores differ between the two: " + differ + " of " + bySql.size());
    }

    /**
     * Each subject of a results answer: its score and its effective votes, read from the objects of
     * the "subjects" array (whatever order JSON-B writes their fields in), without their "groups".
     */
    static Map<Long, Double[]> scores(String body) {
        Map<Long, Double[]> scores = new HashMap<>();
        int i = body.indexOf("\"subjects\":[") + "\"subjects\":".length();
        int depth = 0;
        int start = -1;
        boolean inString = false;
        for (i = i + 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break; // the end of the subjects array
                }
                if (--depth == 0) {
                    String object = body.substring(start, i + 1).replaceAll("\"groups\":\\[[^\\]]*\\]", "");
                    Matcher id = Pattern.compile("\"subjectId\":(\\d+)").matcher(object);
                    Matcher score = Pattern.compile("\"score\":([0-9.]+)").matcher(object);
                    Matcher votes = Pattern.compile("\"votes\":(\\d+)").matcher(object);
                    if (id.find() && score.find() && votes.find()) {
                        scores.put(Long.parseLong(id.group(1)), new Double[]{Double.parseDouble(score.group(1)), Double.parseDouble(votes.group(1))});
                    }
                }
            }
        }
        return scores;
    }

    static String rest(String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String percentiles(List<Long> ms) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return String.format("n=%d p50 %d ms, p95 %d ms, p99 %d ms, max %d ms", sorted.size(), at(sorted, 50), at(sorted, 95), at(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    static String times(List<Long> ms) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return "median " + sorted.get(sorted.size() / 2) + " ms, best " + sorted.get(0) + " ms (runs " + ms + ")";
    }

    static long at(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
