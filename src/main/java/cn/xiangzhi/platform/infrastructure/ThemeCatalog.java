package cn.xiangzhi.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The tenant looks shipped in {@code themes/}, served at {@code /themes/{name}/}. */
@ApplicationScoped
public class ThemeCatalog {

    public static final String DEFAULT = "saga-red";

    /** A look: its folder, the PrimeFaces theme it builds on, and its labels. */
    public record Theme(String name, String primefaces, String labelZh, String labelEn) {
        public String label(boolean chinese) {
            return chinese ? labelZh : labelEn;
        }
    }

    @Inject
    ServletContext servletContext;

    private volatile Map<String, Theme> themes;

    public List<Theme> all() {
        return List.copyOf(loaded().values());
    }

    public Optional<Theme> find(String name) {
        return Optional.ofNullable(name).map(loaded()::get);
    }

    public Theme orDefault(String name) {
        return find(name).orElseGet(() -> loaded().get(DEFAULT));
    }

    private Map<String, Theme> loaded() {
        Map<String, Theme> result = themes;
        if (result == null) {
            result = new LinkedHashMap<>();
            for (String name : read("/themes/index.properties").getProperty("themes", "").split(",")) {
                if (!name.isBlank()) {
                    Properties p = read("/themes/" + name.strip() + "/theme.properties");
                    result.put(name.strip(), new Theme(name.strip(), p.getProperty("primefaces", "saga-blue"),
                            p.getProperty("label.zh", name), p.getProperty("label.en", name)));
                }
            }
            themes = result;
        }
        return result;
    }

    private Properties read(String path) {
        Properties properties = new Properties();
        try (InputStream in = servletContext.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing theme file " + path);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return properties;
    }
}
