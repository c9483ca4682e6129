package cn.xiangzhi.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * No container engine runs on the project's machines, so the Docker files are checked here
 * against what they must agree with: the Dockerfile's build stage copies in every folder the Maven
 * build reads (from pom.xml), and the compose database lets the migrations create their triggers
 * and functions under MySQL 8's binary logging.
 */
class ContainerFilesTest {

    private static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

    /** A migration statement that needs SUPER, or log_bin_trust_function_creators, while binary logging is on. */
    private static final Pattern TRIGGER_OR_FUNCTION = Pattern.compile(
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:definer\\s*=\\s*\\S+\\s+)?(?:aggregate\\s+)?(trigger|function)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A server option that lets a user without SUPER create them (or turns binary logging off). */
    private static final Pattern TRUSTS_FUNCTION_CREATORS = Pattern.compile(
            "--log[-_]bin[-_]trust[-_]function[-_]creators(?:\\s*=\\s*(?:1|on|true))?(?![-_=\\w])|--(?:skip|disable)[-_]log[-_]bin\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void theDockerBuildStageCopiesEveryFolderTheMavenBuildReads() throws Exception {
        Set<String> read = pathsTheBuildReads();
        assertTrue(read.contains("tenants") && read.contains("themes") && read.contains("src/main/webapp"),
                "the pom is read as expected: " + read);

        List<String> copied = buildStageCopySources();
        List<String> missing = new ArrayList<>();
        for (String path : read) {
            if (copied.stream().noneMatch(source -> covers(source, path))) {
                missing.add(path);
            }
        }
        if (!missing.isEmpty()) {
            fail("The Dockerfile's build stage (before its `RUN mvn`) copies " + copied + " but the Maven build also reads "
                    + missing + " (pom.xml): add a COPY for each");
        }

        List<String> ignored = new ArrayList<>();
        for (String pattern : dockerIgnorePatterns()) {
            for (String path : read) {
                if (ignores(pattern, path)) {
                    ignored.add(path + " (.dockerignore: " + pattern + ")");
                }
            }
        }
        assertTrue(ignored.isEmpty(), "the build reads folders .dockerignore leaves out of the context: " + ignored);
    }

    @Test
    void everyFileTheDockerfileCopiesFromTheProjectExists() throws IOException {
        for (String source : copySources(Files.readAllLines(PROJECT.resolve("Dockerfile")), false)) {
            assertTrue(Files.exists(PROJECT.resolve(source)), "COPY " + source + ": no such file in the project");
        }
        // The image's Payara listens on the container's interfaces, Hazelcast on loopback only.
        List<String> preboot = Files.readAllLines(PROJECT.resolve("src/main/docker/preboot.txt"));
        assertTrue(preboot.contains("set configs.config.server-config.network-config.network-listeners.network-listener"
                + ".http-listener.address=0.0.0.0"), preboot.toString());
        assertTrue(preboot.contains("set hazelcast-runtime-configuration.interface=127.0.0.1"), preboot.toString());
        String dockerfile = Files.readString(PROJECT.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("-Dhazelcast.socket.bind.any=false"), "Hazelcast also needs the system property");
        assertTrue(dockerfile.contains("--prebootcommandfile") && dockerfile.contains("preboot.txt"), "the preboot file is used");
    }

    @Test
    void theComposeDatabaseLetsTheMigrationsCreateTheirTriggersAndFunctions() throws IOException {
        List<String> needing = new ArrayList<>();
        try (Stream<Path> migrations = Files.list(PROJECT.resolve("src/main/resources/db/migration"))) {
            for (Path migration : (Iterable<Path>) migrations.sorted()::iterator) {
                Matcher statement = TRIGGER_OR_FUNCTION.matcher(withoutSqlComments(Files.readString(migration)));
                if (statement.find()) {
                    needing.add(migration.getFileName() + " (create " + statement.group(1).toLowerCase(Locale.ROOT) + ")");
                }
            }
        }
        if (needing.isEmpty()) {
            return; // nothing needs the setting (yet)
        }
        String command = composeDatabaseCommand();
        assertTrue(TRUSTS_FUNCTION_CREATORS.matcher(command).find(),
                "With MySQL 8's binary logging (on by default), " + needing + " need SUPER, which the compose user lacks, or"
                        + " --log-bin-trust-function-creators=1 in the db service's command; it is: " + command);
    }

    @Test
    void theChecksRecogniseWhatTheyLookFor() {
        assertTrue(TRIGGER_OR_FUNCTION.matcher("create trigger t after insert on x").find());
        assertTrue(TRIGGER_OR_FUNCTION.matcher("CREATE DEFINER=`a`@`%` FUNCTION f() returns int").find());
        assertFalse(TRIGGER_OR_FUNCTION.matcher("create table trigger_log (id int)").find());
        assertFalse(TRIGGER_OR_FUNCTION.matcher(withoutSqlComments("-- create trigger later\nselect 1")).find());
        assertTrue(TRUSTS_FUNCTION_CREATORS.matcher("[\"--log-bin-trust-function-creators=1\"]").find());
        assertTrue(TRUSTS_FUNCTION_CREATORS.matcher("--log_bin_trust_function_creators=ON").find());
        assertFalse(TRUSTS_FUNCTION_CREATORS.matcher("--log-bin-trust-function-creators=0").find());
        assertTrue(covers(".", "themes"));
        assertTrue(covers("src", "src/main/java"));
        assertFalse(covers("src/main", "src/test/java"));
        assertFalse(covers("theme", "themes"));
        assertTrue(ignores("themes/", "themes"));
        assertTrue(ignores("*", "tenants"));
        assertFalse(ignores("target", "tenants"));
    }

    /**
     * The project paths the build reads: the default source, resource and webapp folders, each
     * resource and web-resource directory, and any other setting that names a project path (a
     * relative path that exists, or one under ${project.basedir}). Profiles are left out: the Docker
     * build activates none.
     */
    static Set<String> pathsTheBuildReads() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document pom = factory.newDocumentBuilder().parse(PROJECT.resolve("pom.xml").toFile());
        Set<String> read = new TreeSet<>(List.of("pom.xml", "src/main/java", "src/main/resources", "src/main/webapp",
                "src/test/java", "src/test/resources")); // tests are compiled even with -DskipTests
        collect(pom.getDocumentElement(), read);
        read.removeIf(path -> !Files.exists(PROJECT.resolve(path))); // defaults this project does not have
        return read;
    }

    /** Settings whose values are patterns inside a folder, or output paths: not project paths the build reads. */
    private static final Set<String> NOT_READ_PATHS = Set.of("include", "exclude", "targetPath", "packagingIncludes",
            "packagingExcludes", "warSourceIncludes", "warSourceExcludes", "finalName");
    /** Parts of the pom the Docker build (no profile, no dependency resolution from the project) does not read files for. */
    private static final Set<String> SKIPPED = Set.of("profiles", "dependencies", "dependencyManagement", "repositories",
            "pluginRepositories", "distributionManagement");

    private static void collect(Element element, Set<String> read) {
        if (SKIPPED.contains(element.getTagName()) || NOT_READ_PATHS.contains(element.getTagName())) {
            return;
        }
        NodeList children = element.getChildNodes();
        boolean leaf = true;
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                leaf = false;
                collect(child, read);
            }
        }
        if (!leaf) {
            return;
        }
        String value = element.getTextContent().strip();
        for (String prefix : List.of("${project.basedir}/", "${basedir}/")) {
            if (value.startsWith(prefix)) {
                value = value.substring(prefix.length());
            }
        }
        if (value.isEmpty() || value.contains("${") || value.contains(":") || value.contains(" ") || value.startsWith("/")) {
            return;
        }
        String normalized = Path.of(value).normalize().toString().replace('\\', '/');
        if (normalized.equals("target") || normalized.startsWith("target/") || normalized.startsWith("..")) {
            return; // output, or outside the build context
        }
        if (Files.exists(PROJECT.resolve(normalized))) {
            read.add(normalized);
        }
    }

    /** The sources of the COPY instructions before the build stage's Maven run. */
    static List<String> buildStageCopySources() throws IOException {
        List<String> lines = joinContinuations(Files.readAllLines(PROJECT.resolve("Dockerfile")));
        List<String> buildStage = new ArrayList<>();
        for (String line : lines) {
            String instruction = line.strip();
            if (instruction.toUpperCase(Locale.ROOT).startsWith("RUN") && instruction.matches("(?s)RUN\\b.*\\bmvnw?\\b.*")) {
                return copySources(buildStage, false);
            }
            buildStage.add(line);
        }
        throw new AssertionError("The Dockerfile has no `RUN mvn ...` build step");
    }

    /** The project files COPY or ADD instructions take (not those copied from another stage). */
    static List<String> copySources(List<String> dockerfileLines, boolean includeOtherStages) {
        List<String> sources = new ArrayList<>();
        for (String line : joinContinuations(dockerfileLines)) {
            String instruction = line.strip();
            Matcher copy = Pattern.compile("(?i)^(COPY|ADD)\\s+(.*)$").matcher(instruction);
            if (!copy.matches()) {
                continue;
            }
            String rest = copy.group(2).strip();
            List<String> words = new ArrayList<>();
            if (rest.startsWith("[")) {
                Matcher quoted = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(rest);
                while (quoted.find()) {
                    words.add(quoted.group(1));
                }
            } else {
                words.addAll(List.of(rest.split("\\s+")));
            }
            boolean fromOtherStage = false;
            List<String> paths = new ArrayList<>();
            for (String word : words) {
                if (word.startsWith("--")) {
                    fromOtherStage |= word.startsWith("--from");
                } else {
                    paths.add(word);
                }
            }
            if (fromOtherStage && !includeOtherStages || paths.size() < 2) {
                continue;
            }
            for (String source : paths.subList(0, paths.size() - 1)) {
                String normalized = source.equals(".") || source.equals("./") ? "." : Path.of(source).normalize().toString();
                sources.add(normalized);
            }
        }
        return sources;
    }

    private static List<String> joinContinuations(List<String> lines) {
        List<String> joined = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.strip().startsWith("#") && current.isEmpty()) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
            } else {
                joined.add(current.append(line).toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            joined.add(current.toString());
        }
        return joined;
    }

    /** Whether COPY of {@code source} brings {@code path} into the build stage. */
    static boolean covers(String source, String path) {
        return source.equals(".") || path.equals(source) || path.startsWith(source + "/");
    }

    private static List<String> dockerIgnorePatterns() throws IOException {
        Path ignore = PROJECT.resolve(".dockerignore");
        if (!Files.exists(ignore)) {
            return List.of();
        }
        return Files.readAllLines(ignore, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
                .toList();
    }

    /** Whether a .dockerignore pattern leaves {@code path} (or a folder holding it) out of the build context. */
    static boolean ignores(String pattern, String path) {
        String glob = pattern.replaceAll("^/+", "").replaceAll("/+$", "");
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        for (Path prefix = Path.of(path); prefix != null; prefix = prefix.getParent()) {
            if (matcher.matches(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The command of the compose service that runs MySQL or MariaDB, as text (a flow list, a
     * block list or a string: whatever follows {@code command:} in that service).
     */
    static String composeDatabaseCommand() throws IOException {
        List<String> lines = Files.readAllLines(PROJECT.resolve("docker-compose.yml"));
        List<List<String>> services = new ArrayList<>();
        int servicesIndent = -1;
        int serviceIndent = -1;
        for (String line : lines) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (servicesIndent < 0) {
                if (line.strip().equals("services:")) {
                    servicesIndent = indent;
                }
                continue;
            }
            if (indent <= servicesIndent) {
                break; // past services:
            }
            if (serviceIndent < 0 || indent == serviceIndent) {
                serviceIndent = indent;
                services.add(new ArrayList<>());
            }
            services.get(services.size() - 1).add(line);
        }
        for (List<String> service : services) {
            boolean database = service.stream().anyMatch(line -> line.strip().matches("image:\\s*[\"']?(\\S*/)?(mysql|mariadb)\\b.*"));
            if (!database) {
                continue;
            }
            StringBuilder command = new StringBuilder();
            int commandIndent = -1;
            for (String line : service) {
                int indent = line.length() - line.stripLeading().length();
                if (commandIndent >= 0) {
                    if (indent <= commandIndent && !line.strip().startsWith("- ")) {
                        break;
                    }
                    if (indent < commandIndent) {
                        break;
                    }
                    command.append(' ').append(line.strip());
                } else if (line.strip().startsWith("command:")) {
                    commandIndent = indent;
                    command.append(line.strip().substring("command:".length()));
                }
            }
            return command.toString().strip();
        }
        throw new AssertionError("docker-compose.yml has no service with a mysql or mariadb image");
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)(--|#).*$", " ");
    }
}
