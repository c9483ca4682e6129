package cn.xiangzhi.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Payara boots with the same settings wherever it runs — the launcher, the container image and the
 * test server — so what the tests prove (compression, no /metrics, loopback Hazelcast) is what runs in
 * production; only the listener's address differs.
 */
class PrebootTest {

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void theLauncherTheImageAndTheTestServerBootAlike() throws IOException {
        assertEquals(Launcher.prebootCommands("127.0.0.1"), lines("src/main/payara/preboot.txt"), "the test server");
        assertEquals(Launcher.prebootCommands("0.0.0.0"), lines("src/main/docker/preboot.txt"), "the container image");
    }

    @Test
    void pagesAndDataAreCompressed() {
        List<String> commands = Launcher.prebootCommands("127.0.0.1");
        assertTrue(commands.contains("set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression=on"));
        assertTrue(commands.stream().anyMatch(c -> c.contains("compressable-mime-type=text/html") && c.contains("application/json")
                && c.contains("text/css") && c.contains("application/javascript")));
    }
}
