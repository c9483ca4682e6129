package cn.xiangzhi.seal.application;

import cn.xiangzhi.devices.application.DeviceDirectory;
import cn.xiangzhi.devices.application.DeviceSnapshot;
import cn.xiangzhi.devices.domain.Device;
import cn.xiangzhi.seal.domain.SealSignature;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The seal-terminal protocol v1 as use cases (ADR 0019). Every request names its device
 * ({@code X-Seal-Device}: the serial number), its time ({@code X-Seal-Timestamp}), a fresh nonce
 * ({@code X-Seal-Nonce}) and the HMAC-SHA256 of all that and the body with the device's secret
 * ({@code X-Seal-Signature}). The headers are checked first, then the registry names the device's
 * tenant (never the request: ADR 0016) and the request runs for it: the signature, the nonce
 * (replays refused on every server, also after a restart), and only then the body — all in the one
 * transaction of the request's work, so a request refused for its body leaves nothing, its nonce neither.
 */
@ApplicationScoped
public class SealTerminals {

    @Inject
    DeviceDirectory directory;

    @Inject
    SealLedger ledger;

    @Inject
    BusinessClock clock;

    /** A request as received: method, path as sent (no query), the four headers, the body. */
    public record Request(String method, String path, String serial, String timestamp, String nonce, String signature, byte[] body) {
    }

    public SealLedger.HeartbeatAnswer heartbeat(Request request) {
        return serve(request, admission -> ledger.heartbeat(admission, request.body()));
    }

    public SealLedger.AuthorisationAnswer authorisations(Request request) {
        return serve(request, ledger::authorisations);
    }

    public SealLedger.StampAnswer stamp(Request request) {
        return serve(request, admission -> ledger.stamp(admission, request.body()));
    }

    public SealLedger.AlarmAnswer alarm(Request request) {
        return serve(request, admission -> ledger.alarm(admission, request.body()));
    }

    private <T> T serve(Request request, Function<SealLedger.Admission, T> work) {
        String serial = request.serial();
        if (serial == null || !Device.SERIAL.matcher(serial).matches()) {
            throw new SealRefusal(400, "error.seal.header", "X-Seal-Device");
        }
        Instant sent = SealSignature.timestamp(request.timestamp());
        if (sent == null) {
            throw new SealRefusal(400, "error.seal.header", "X-Seal-Timestamp");
        }
        if (request.nonce() == null || !SealSignature.NONCE.matcher(request.nonce()).matches()) {
            throw new SealRefusal(400, "error.seal.header", "X-Seal-Nonce");
        }
        if (request.signature() == null || request.signature().isBlank()) {
            throw new SealRefusal(401, "error.seal.signature", "X-Seal-Signature");
        }
        if (!SealSignature.fresh(sent, clock.now())) {
            throw new SealRefusal(401, "error.seal.timestamp", "X-Seal-Timestamp", clock.now().getEpochSecond());
        }
        Optional<DeviceSnapshot> device = directory.find(serial);
        if (device.isEmpty() || !device.get().heard()) {
            throw new SealRefusal(403, "error.seal.device", "X-Seal-Device");
        }
        String canonical = SealSignature.canonical(request.method(), request.path(), request.timestamp(), request.nonce(), request.body());
        SealLedger.Admission admission = new SealLedger.Admission(device.get().id(), canonical, request.signature(), request.nonce());
        return TenantContext.callAs(device.get().tenant(), () -> work.apply(admission));
    }
}
