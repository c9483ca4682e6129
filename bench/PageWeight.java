import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page weighs on the wire (issue 23): the page and every stylesheet, script, font and image it
 * loads, as a browser asks for them (Accept-Encoding: gzip) and uncompressed (the baseline), and the
 * time a first load and a repeat load (resources cached) would take on a slow link: BANDWIDTH_KBIT
 * (250, a weak 2G/village link), RTT_MS (300), 6 connections in parallel.
 * Usage: java bench/PageWeight.java BASE PATH... (PATHs relative to BASE, e.g. /t/x/public/points.xhtml?village=3)
 */
public class PageWeight {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern LINKED = Pattern.compile("(?:href|src)=\"([^\"]+\\.(?:css|js|png|svg|woff2?|ttf|jpg|webp)[^\"]*|/jakarta\\.faces\\.resource/[^\"]+)\"");
    static final Pattern CSS_URL = Pattern.compile("url\\((?:'|\")?([^'\")]+)(?:'|\")?\\)");

    record Fetched(String url, int status, long wire, long plain, String encoding, String cacheControl, String body) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        double kbit = Double.parseDouble(System.getenv().getOrDefault("BANDWIDTH_KBIT", "250"));
        double rtt = Double.parseDouble(System.getenv().getOrDefault("RTT_MS", "300"));
        System.out.printf("%-60s %6s %9s %9s %6s %10s %10s%n", "page", "files", "gzip KB", "plain KB", "ratio", "first s", "repeat s");
        for (int i = 1; i < args.length; i++) {
            String path = args[i];
            Fetched page = fetch(base + path, true);
            if (page.status() != 200) {
                throw new IllegalStateException(path + " answered " + page.status());
            }
            Set<String> resources = new LinkedHashSet<>();
            collect(base, base + path, page.body(), LINKED, resources);
            List<Fetched> files = new ArrayList<>();
            for (String url : resources) {
                Fetched f = fetch(url, true);
                files.add(f);
                if (url.contains(".css")) {
                    Set<String> inner = new LinkedHashSet<>();
                    collect(base, url, f.body(), CSS_URL, inner);
                    for (String u : inner) {
                        if (!resources.contains(u) && files.stream().noneMatch(x -> x.url().equals(u))) {
                            files.add(fetch(u, true));
                        }
                    }
                }
            }
            long wire = page.wire() + files.stream().mapToLong(Fetched::wire).sum();
            long plain = fetch(base + path, false).wire() + files.stream().mapToLong(f -> {
                try {
                    return fetch(f.url(), false).wire();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sum();
            long uncached = files.stream().filter(f -> f.cacheControl() == null || !f.cacheControl().contains("max-age")).count();
            long uncachedBytes = files.stream().filter(f -> f.cacheControl() == null || !f.cacheControl().contains("max-age"))
                    .mapToLong(Fetched::wire).sum();
            int rounds = 1 + (int) Math.ceil(files.size() / 6.0); // the page, then the resources six at a time
            double first = rounds * 2 * rtt / 1000 + wire * 8 / (kbit * 1000);
            double repeat = (1 + (uncached == 0 ? 0 : 1)) * 2 * rtt / 1000 + (page.wire() + uncachedBytes) * 8 / (kbit * 1000);
            System.out.printf("%-60s %6d %9.1f %9.1f %6.2f %10.1f %10.1f%n", trim(path), files.size() + 1, wire / 1024.0,
                    plain / 1024.0, (double) wire / plain, first, repeat);
            for (Fetched f : files) {
                if (f.status() != 200) {
                    System.out.println("  ! " + f.status() + " " + f.url());
                }
                if (System.getenv("VERBOSE") != null) {
                    System.out.printf("    %8.1f KB %8.1f KB %-5s %-16s %s%n", f.wire() / 1024.0, f.plain() / 1024.0, f.encoding(),
                            f.cacheControl(), f.url().replace(base, ""));
                }
            }
            System.out.printf("  %d files without max-age (revalidated on every visit), %d not compressed of %d%n", uncached,
                    files.stream().filter(f -> f.encoding() == null && f.plain() > 1024 && !f.url().matches(".*\\.(png|jpg|webp|woff2?).*")).count(),
                    files.size());
        }
    }

    static String trim(String path) {
        return path.length() > 60 ? path.substring(0, 57) + "..." : path;
    }

    static void collect(String base, String from, String text, Pattern pattern, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String ref = m.group(1).replace("&amp;", "&");
            if (ref.startsWith("data:") || ref.startsWith("#")) {
                continue;
            }
            into.add(ref.startsWith("http") ? ref : ref.startsWith("/") ? base + ref : URI.create(from).resolve(ref).toString());
        }
    }

    static Fetched fetch(String url, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] bytes = response.body();
        String encoding = response.headers().firstValue("Content-Encoding").orElse(null);
        byte[] plain = "gzip".equals(encoding)
                ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes() : bytes;
        return new Fetched(url, response.statusCode(), bytes.length, plain.length, encoding,
                response.headers().firstValue("Cache-Control").orElse(null), new String(plain, StandardCharsets.UTF_8));
    }
}
