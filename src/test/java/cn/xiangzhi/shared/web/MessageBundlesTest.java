package cn.xiangzhi.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The English and Chinese bundles name the same keys, each once: a key written twice silently
 * replaces the first (a heading once showed another message's words), and a key in one bundle only
 * shows its raw name in the other language.
 */
class MessageBundlesTest {

    private static List<String> keys(String bundle) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/cn/xiangzhi/i18n/" + bundle)) {
            List<String> keys = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#") && stripped.contains("=")) {
                    keys.add(stripped.substring(0, stripped.indexOf('=')).strip());
                }
            }
            return keys;
        }
    }

    private static List<String> twice(List<String> keys) {
        TreeSet<String> seen = new TreeSet<>();
        return keys.stream().filter(k -> !seen.add(k)).toList();
    }

    @Test
    void eachKeyIsWrittenOnceInEachBundle() throws IOException {
        assertEquals(List.of(), twice(keys("messages.properties")), "English keys written twice");
        assertEquals(List.of(), twice(keys("messages_zh_CN.properties")), "Chinese keys written twice");
    }

    @Test
    void bothBundlesNameTheSameKeys() throws IOException {
        TreeSet<String> english = new TreeSet<>(keys("messages.properties"));
        TreeSet<String> chinese = new TreeSet<>(keys("messages_zh_CN.properties"));
        TreeSet<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        TreeSet<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertEquals(new TreeSet<String>(), onlyEnglish, "keys without Chinese");
        assertEquals(new TreeSet<String>(), onlyChinese, "keys without English");
    }
}
