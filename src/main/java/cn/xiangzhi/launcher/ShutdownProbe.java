package cn.xiangzhi.launcher;

/** Whether the JVM is running its shutdown hooks (Ctrl-C, SIGTERM, System.exit): then nothing is restarted. */
final class ShutdownProbe {

    private ShutdownProbe() {
    }

    static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shutdownInProgress) {
            return true;
        }
    }
}
