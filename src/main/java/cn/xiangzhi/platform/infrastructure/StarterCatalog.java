package cn.xiangzhi.platform.infrastructure;

import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.platform.domain.Starter;
import cn.xiangzhi.platform.domain.TenantKind;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The starters shipped in {@code tenants/} (on the classpath under {@code starters/}), read once.
 * A malformed starter fails the deployment with the file and line, rather than a sign-up later.
 */
@ApplicationScoped
public class StarterCatalog {

    private static final String ROOT = "starters/";
    private volatile Map<String, Starter> starters;

    public List<Starter> all() {
        return List.copyOf(loaded().values());
    }

    public Optional<Starter> find(String code) {
        return Optional.ofNullable(code).map(loaded()::get);
    }

    private Map<String, Starter> loaded() {
        Map<String, Starter> result = starters;
        if (result == null) {
            result = load(StarterCatalog.class.getClassLoader());
            starters = result;
        }
        return result;
    }

    public static Map<String, Starter> load(ClassLoader loader) {
        Properties index = properties(loader, ROOT + "index.properties");
        Map<String, Starter> result = new LinkedHashMap<>();
        for (String code : index.getProperty("starters", "").split(",")) {
            if (!code.isBlank()) {
                result.put(code.strip(), starter(loader, code.strip()));
            }
        }
        return result;
    }

    private static Starter starter(ClassLoader loader, String code) {
        Properties p = properties(loader, ROOT + code + "/starter.properties");
        String file = ROOT + code + "/places.csv";
        List<Starter.Place> places = new ArrayList<>();
        try (Reader reader = reader(loader, file)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).build().parse(reader)) {
                try {
                    places.add(new Starter.Place(PlaceLevel.valueOf(row.get("level")), row.get("name"), row.get("code")));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(file + " record " + row.getRecordNumber() + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
        return new Starter(code, p.getProperty("name", code), TenantKind.valueOf(p.getProperty("kind")),
                p.getProperty("theme"), p.getProperty("source", ""), List.copyOf(places));
    }

    private static Properties properties(ClassLoader loader, String name) {
        Properties properties = new Properties();
        try (Reader reader = reader(loader, name)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return properties;
    }

    private static Reader reader(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing starter file " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

}
