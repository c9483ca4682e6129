package cn.xiangzhi.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenant pages live in a folder per context (webapp/tenant/points/ledger.xhtml) and are served at
 * a flat address (/t/{code}/ledger.xhtml): every folder is a context of the map, and no two pages of
 * the context folders share a name.
 */
class PagesByContextTest {

    private static final Path TENANT = Path.of("src/main/webapp/tenant");

    @Test
    void everyFolderIsAContextAndEveryNameIsOnce() throws IOException {
        Map<String, Path> byName = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(TENANT)) {
            for (Path folder : entries.filter(Files::isDirectory).toList()) {
                String context = folder.getFileName().toString();
                folders.add(context);
                if (context.equals("public")) {
                    continue; // addressed with its folder: /t/{code}/public/points.xhtml
                }
                assertTrue(ContextMapTest.MAY_USE.containsKey(context), context + " is no context of ADR 0015");
                try (Stream<Path> pages = Files.list(folder)) {
                    for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                        Path other = byName.put(page.getFileName().toString(), page);
                        if (other != null) {
                            clashes.add(other + " and " + page);
                        }
                    }
                }
            }
        }
        assertTrue(folders.size() >= 7 && byName.size() >= 25, "the pages were found: " + folders + " " + byName.size());
        assertEquals(List.of(), clashes);
    }
}
