package cn.xiangzhi.shared.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The permissions are one list: what roles give, what services check and what pages ask are in it. */
class PermissionTest {

    private static Set<String> constants() {
        return Arrays.stream(Permission.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(PermissionTest::value).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void allHoldsEveryConstant() {
        assertEquals(constants(), new TreeSet<>(Permission.ALL));
    }

    @Test
    void everyPermissionIsGivenToARoleAndEveryRoleGivesOnlyPermissionsOfTheList() {
        Set<String> given = new TreeSet<>();
        for (Role role : EnumSet.allOf(Role.class)) {
            assertTrue(Permission.ALL.containsAll(role.permissions()), role + " gives " + role.permissions());
            given.addAll(role.permissions());
        }
        assertEquals(new TreeSet<>(Permission.ALL), given, "a permission no role has is dead");
    }

    @Test
    void everyPermissionAPageAsksForIsOfTheList() throws IOException {
        Pattern asked = Pattern.compile("can\\('([^']+)'\\)");
        Set<String> unknown = new TreeSet<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                pages++;
                Matcher m = asked.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!Permission.ALL.contains(m.group(1))) {
                        unknown.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(pages > 20, "the pages were read: " + pages);
        assertEquals(Set.of(), unknown);
    }
}
