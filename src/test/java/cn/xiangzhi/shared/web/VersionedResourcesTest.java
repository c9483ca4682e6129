package cn.xiangzhi.shared.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionedResourcesTest {

    private static String digest(String css) {
        return VersionedResources.digest(new ByteArrayInputStream(css.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameContentHasTheSameAddressAndAChangeANewOne() {
        assertEquals(digest(".a { color: red }"), digest(".a { color: red }"));
        assertNotEquals(digest(".a { color: red }"), digest(".a { color: blue }"));
        assertTrue(digest("x").matches("[0-9a-f]{12}"), digest("x"));
    }
}
