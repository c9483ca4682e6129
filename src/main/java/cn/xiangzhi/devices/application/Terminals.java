package cn.xiangzhi.devices.application;

import cn.xiangzhi.devices.domain.Device;
import cn.xiangzhi.devices.domain.DeviceStatus;
import cn.xiangzhi.devices.domain.HandshakeOptions;
import cn.xiangzhi.devices.domain.IclockLines;
import cn.xiangzhi.devices.domain.RequestBudget;
import cn.xiangzhi.devices.infrastructure.IclockStore;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The attendance terminals' side of the platform: the ZKTeco PUSH (iclock) protocol's requests as
 * use cases, each answered with exactly what the protocol expects (text, {@code OK}, {@code OK:<n>}).
 * The tenant of a request is its device's in the registry, never anything in the request (ADR 0016).
 * An unknown serial becomes a pending device and is answered as if heard, so it stops retrying,
 * while nothing it sends is kept; a disabled device or a suspended tenant's is refused (403).
 * A malformed line never fails its batch: the good lines are stored and acknowledged, the bad ones kept.
 */
@ApplicationScoped
public class Terminals {

    /** Requests a serial may make at once, and per second after that. */
    static final int BURST = 120;
    static final double PER_SECOND = 2;
    /** Pending devices kept at most: beyond, unknown callers are still answered but no longer recorded. */
    static final long PENDING_CAP = 10_000;
    /** How often a device's last contact is written while it keeps calling. */
    static final long CONTACT_EVERY_NANOS = 60_000_000_000L;
    private static final Charset GB = Charset.forName("GB18030");

    @Inject
    DeviceDirectory directory;

    @Inject
    TerminalIntake intake;

    @Inject
    BusinessClock clock;

    @Inject
    CommandHints hints;

    /**
     * Uploads stored at once on this server ({@code xiangzhi.terminals.ingest-permits}; 0: as many as
     * it has cores, at least two). An upload is CPU and database work for hundreds of lines; beyond
     * that, more at once only queue the 10-second polls of every other terminal behind them. An upload
     * that waits {@link #INGEST_WAIT_SECONDS} is answered 503 and the terminal sends it again after its
     * ErrorDelay.
     */
    @Inject
    @ConfigProperty(name = "xiangzhi.terminals.ingest-permits", defaultValue = "0")
    int ingestPermits;

    private Semaphore ingesting;

    @PostConstruct
    void start() {
        ingesting = new Semaphore(ingestPermits > 0 ? ingestPermits : Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    }
    static final int INGEST_WAIT_SECONDS = 20;

    private final ConcurrentHashMap<String, RequestBudget> budgets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Long> contactWritten = new ConcurrentHashMap<>();

    /** An answer to a terminal: status and text; {@code chinese}: encode it in GB2312 (the device said {@code language=83}). */
    public record Answer(int status, String text, boolean chinese) {
        static Answer ok(String text) {
            return new Answer(200, text, false);
        }
    }

    /** {@code GET /iclock/cdata?SN=&options=all&pushver=&language=}: the options block. */
    public Answer handshake(String serial, String pushVersion, String language, String address) {
        return serve(serial, address, pushVersion, language, device -> {
            ZoneId zone = device == null ? BusinessClock.DEFAULT_ZONE : device.zone();
            String text = HandshakeOptions.text(serial, device == null ? null : device.attlogStamp(),
                    device == null ? null : device.operlogStamp(), zone, clock.now());
            return Answer.ok(text);
        }, device -> Answer.ok(HandshakeOptions.text(serial, null, null, device == null ? BusinessClock.DEFAULT_ZONE : device.zone(), clock.now())));
    }

    /** {@code POST /iclock/cdata?SN=&table=ATTLOG|OPERLOG&Stamp=}: records; answers {@code OK:<lines accepted>}. */
    public Answer upload(String serial, String table, String stamp, byte[] body, String address) {
        return serve(serial, address, null, null, device -> ingest(() -> {
            List<String> lines = lines(body, device.chinese());
            String kind = table == null ? "" : table.strip().toUpperCase(Locale.ROOT);
            TerminalIntake.Batch batch = new TerminalIntake.Batch();
            int accepted = 0;
            for (String line : lines) {
                IclockLines.Parsed parsed = switch (kind) {
                    case "ATTLOG" -> IclockLines.attendance(line);
                    case "OPERLOG" -> IclockLines.operation(line);
                    default -> new IclockLines.Ignored(kind);
                };
                if (parsed instanceof IclockLines.Attendance record) {
                    batch.punches().add(record);
                } else if (parsed instanceof IclockLines.Alarm alarm) {
                    batch.alarms().add(alarm);
                    batch.alarmLines().add(line);
                } else if (parsed instanceof IclockLines.UserInfo user) {
                    batch.users().add(user);
                } else if (parsed instanceof IclockLines.Rejected bad) {
                    batch.bad().add(new IclockStore.Bad(kind, bad.reason(), line));
                }
                if (!(parsed instanceof IclockLines.Rejected)) {
                    accepted++;
                }
            }
            intake.store(target(device), kind, stamp, batch, contact(device, address, null, null, false));
            return Answer.ok("OK:" + accepted);
        }), device -> Answer.ok("OK:" + lines(body, false).size()));
    }

    /** {@code POST /iclock/cdata?table=ATTPHOTO} or {@code /iclock/fdata}: one photo; answers {@code OK}. */
    public Answer photo(String serial, byte[] body, String address) {
        return serve(serial, address, null, null, device -> ingest(() -> {
            IclockLines.Parsed parsed = IclockLines.photo(body);
            IclockLines.Photo photo = parsed instanceof IclockLines.Photo p ? p : null;
            IclockStore.Bad bad = photo != null ? null : new IclockStore.Bad("ATTPHOTO", ((IclockLines.Rejected) parsed).reason(),
                    new String(body, 0, Math.min(body.length, 500), StandardCharsets.ISO_8859_1));
            intake.photo(target(device), photo, bad, contact(device, address, null, null, false));
            return Answer.ok("OK");
        }), device -> Answer.ok("OK"));
    }

    /** {@code GET /iclock/getrequest?SN=}: {@code OK}, or the queued commands as {@code C:<id>:<command>} lines. */
    public Answer poll(String serial, String address) {
        return serve(serial, address, null, null, device -> {
            long now = System.nanoTime();
            TerminalIntake.Contact contact = contact(device, address, null, null, false);
            if (hints.isQuiet(device.id(), now)) {
                if (contact != null) {
                    intake.contact(device.id(), contact);
                }
                return Answer.ok("OK");
            }
            List<IclockStore.Handed> commands = intake.poll(device.tenant().id(), device.id(), clock.now(), contact);
            if (commands.isEmpty()) {
                hints.quiet(device.id(), now);
                return Answer.ok("OK");
            }
            StringBuilder text = new StringBuilder();
            for (IclockStore.Handed command : commands) {
                text.append("C:").append(command.id()).append(':').append(command.text()).append('\n');
            }
            return new Answer(200, text.toString(), device.chinese());
        }, device -> Answer.ok("OK"));
    }

    /** {@code POST /iclock/devicecmd?SN=}: results {@code ID=..&Return=..&CMD=..}, one per line; answers {@code OK}. */
    public Answer results(String serial, byte[] body, String address) {
        return serve(serial, address, null, null, device -> {
            List<IclockLines.CommandResult> results = new ArrayList<>();
            List<IclockStore.Bad> bad = new ArrayList<>();
            for (String line : lines(body, device.chinese())) {
                if (IclockLines.commandResult(line) instanceof IclockLines.CommandResult result) {
                    results.add(result);
                } else {
                    bad.add(new IclockStore.Bad("DEVICECMD", "device.line.command", line));
                }
            }
            intake.results(target(device), results, bad, contact(device, address, null, null, false));
            return Answer.ok("OK");
        }, device -> Answer.ok("OK"));
    }

    /** {@code GET /iclock/ping?SN=}: a heartbeat during long uploads. */
    public Answer ping(String serial, String address) {
        return serve(serial, address, null, null, device -> {
            TerminalIntake.Contact contact = contact(device, address, null, null, false);
            if (contact != null) {
                intake.contact(device.id(), contact);
            }
            return Answer.ok("OK");
        }, device -> Answer.ok("OK"));
    }

    /**
     * The gate every request passes: a serial of the right form (else 400), within its budget
     * (else 429), then {@code heard} for a heard device in its tenant's context, {@code unheard} for
     * a pending one (given the snapshot, or null for a serial seen the first time), 403 for a
     * disabled device or a suspended tenant's.
     */
    private Answer serve(String serial, String address, String pushVersion, String language,
                         Function<DeviceSnapshot, Answer> heard, Function<DeviceSnapshot, Answer> unheard) {
        if (serial == null || !Device.SERIAL.matcher(serial).matches()) {
            return new Answer(400, "SN: a serial number of 1 to 40 letters, digits, - or _", false);
        }
        if (!withinBudget(serial)) {
            return new Answer(429, "too many requests for SN " + serial, false);
        }
        Optional<DeviceSnapshot> found = directory.find(serial);
        if (found.isEmpty()) {
            intake.pending(serial, BusinessClock.DEFAULT_ZONE.getId(), clock.now(), address, PENDING_CAP);
            if (pushVersion != null || language != null) {
                // its firmware and language are known when an admin claims it (names in GB2312 come right away)
                directory.find(serial).ifPresent(pending -> intake.contact(pending.id(),
                        new TerminalIntake.Contact(clock.now(), address, pushVersion, language)));
            }
            return unheard.apply(null);
        }
        DeviceSnapshot device = found.get();
        if (device.status() == DeviceStatus.PENDING) {
            if (pushVersion != null || language != null) {
                intake.contact(device.id(), new TerminalIntake.Contact(clock.now(), address, pushVersion, language));
                directory.forgetNow(serial);
            }
            return unheard.apply(device);
        }
        if (device.status() == DeviceStatus.DISABLED) {
            return new Answer(403, "device " + serial + " is disabled", false);
        }
        if (!device.tenantActive()) {
            return new Answer(403, "the tenant of device " + serial + " is suspended", false);
        }
        if (pushVersion != null || language != null) {
            intake.contact(device.id(), new TerminalIntake.Contact(clock.now(), address, pushVersion, language));
            contactWritten.put(device.id(), System.nanoTime());
            if (language != null && !language.equals(device.language())) {
                directory.forgetNow(serial);
                DeviceSnapshot renewed = directory.find(serial).orElse(device);
                return TenantContext.callAs(renewed.tenant(), () -> heard.apply(renewed));
            }
        }
        return TenantContext.callAs(device.tenant(), () -> heard.apply(device));
    }

    /** The answer of {@code upload} (reading and storing its lines) once an ingestion permit is free, or 503 when none was within {@link #INGEST_WAIT_SECONDS}. */
    private Answer ingest(Supplier<Answer> upload) {
        try {
            if (!ingesting.tryAcquire(INGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return busy();
        }
        try {
            return upload.get();
        } finally {
            ingesting.release();
        }
    }

    private static Answer busy() {
        return new Answer(503, "busy: send again after ErrorDelay", false);
    }

    private boolean withinBudget(String serial) {
        long now = System.nanoTime();
        if (budgets.size() > 100_000) {
            budgets.clear();
        }
        RequestBudget budget = budgets.computeIfAbsent(serial, s -> new RequestBudget(BURST, PER_SECOND, now));
        synchronized (budget) {
            return budget.take(now);
        }
    }

    /** The contact to write with this request, or null when it was written less than a minute ago. */
    private TerminalIntake.Contact contact(DeviceSnapshot device, String address, String pushVersion, String language, boolean always) {
        long now = System.nanoTime();
        Long written = contactWritten.get(device.id());
        if (!always && written != null && now - written < CONTACT_EVERY_NANOS) {
            return null;
        }
        contactWritten.put(device.id(), now);
        return new TerminalIntake.Contact(clock.now(), address, pushVersion, language);
    }

    private IclockStore.Target target(DeviceSnapshot device) {
        return new IclockStore.Target(device.tenant().id(), device.id(), device.villageId(), device.zone(), clock.now());
    }

    /**
     * The lines of a body in the device's encoding, without empty ones and line ends. Some OEM
     * firmware posts the records form-encoded ({@code table=ATTLOG&Stamp=..&data=<lines>}): then the
     * {@code data} field's lines.
     */
    static List<String> lines(byte[] body, boolean chinese) {
        String text = new String(body, chinese ? GB : StandardCharsets.UTF_8);
        if (text.startsWith("table=") || text.startsWith("data=")) {
            for (String field : text.split("&")) {
                if (field.startsWith("data=")) {
                    text = URLDecoder.decode(field.substring(5), chinese ? GB : StandardCharsets.UTF_8);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String clean = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!clean.isBlank()) {
                lines.add(clean);
            }
        }
        return lines;
    }

    /** Forgets the contact noted for a device (its next request writes it again). */
    void forgetContact(long deviceId) {
        contactWritten.remove(deviceId);
    }
}
