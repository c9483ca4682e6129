package cn.xiangzhi.seal.api;

import cn.xiangzhi.seal.application.SealLedger;
import cn.xiangzhi.seal.application.SealRefusal;
import cn.xiangzhi.seal.application.SealTerminals;
import cn.xiangzhi.shared.web.ErrorBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;

/**
 * The seal-terminal protocol, version 1 ({@code /api/seal/v1/…}, outside every tenant's URL: the
 * registry names the tenant, ADR 0016 and 0019). No sign-in and no session: each request is signed
 * with the terminal's own secret. Bodies are JSON, at most 2 MB (a stamp may carry a 1 MB photo).
 */
@Tag(name = "seal-terminal-v1", description = "Seal terminals (智能公章): heartbeat, authorisation pull, stamps, alarms. "
        + "Every request carries X-Seal-Device (serial), X-Seal-Timestamp (Unix seconds, ±300 s), X-Seal-Nonce (16–64 of "
        + "[A-Za-z0-9_-], never reused) and X-Seal-Signature: lowercase hex HMAC-SHA256, keyed with the terminal's secret (its "
        + "UTF-8 bytes), of METHOD \\n PATH \\n TIMESTAMP \\n NONCE \\n hex(SHA-256(body)). Refusals: 400 header or field "
        + "(error.seal.header / error.seal.field, args name it), 401 error.seal.timestamp / error.seal.signature, 403 "
        + "error.seal.device / error.seal.retired, 409 error.seal.replay, 413 body too large. Conventions: docs/api.md")
@SecurityScheme(securitySchemeName = "sealHmac", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Seal-Signature", description = "HMAC-SHA256 per terminal, see the tag's description and ADR 0019")
@SecurityRequirement(name = "sealHmac")
@Path("seal/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SealProtocolResource {

    /** Bytes read of a body at most (the servlet filter refuses larger ones with 413 before this). */
    static final int MAX_BODY = 2 * 1024 * 1024;

    @Inject
    SealTerminals terminals;

    @Context
    HttpServletRequest http;

    /** The heartbeat's body, for the OpenAPI document (the resource reads the raw bytes: they are signed). */
    @Schema(name = "SealHeartbeat", example = "{\"battery\": 87, \"lid\": \"CLOSED\"}")
    public record HeartbeatBody(@Schema(minimum = "0", maximum = "100") int battery, @Schema(enumeration = {"OPEN", "CLOSED"}) String lid) {
    }

    /** A stamp event's body, for the OpenAPI document. */
    @Schema(name = "SealStamp", example = "{\"sequence\": 1042, \"stampedAt\": \"2026-12-06T01:30:05Z\", \"operator\": \"张会计\","
            + " \"applicationId\": 311, \"photo\": \"/9j/4AAQSkZJRg...\"}")
    public record StampBody(@Schema(minimum = "1", description = "the terminal's own counter, from 1, never reused") long sequence,
                            @Schema(description = "ISO instant, the terminal's clock") String stampedAt,
                            @Schema(maxLength = 60, description = "who pressed the seal") String operator,
                            @Schema(description = "the application stamped for; absent: the seal's approved one in its window") Long applicationId,
                            @Schema(description = "base64 JPEG, PNG or WebP, at most 1 MB") String photo) {
    }

    /** An alarm's body, for the OpenAPI document. */
    @Schema(name = "SealAlarm", example = "{\"id\": \"A-77\", \"kind\": \"LID_OPEN\", \"occurredAt\": \"2026-12-06T01:31:00Z\","
            + " \"detail\": \"开盖\"}")
    public record AlarmBody(@Schema(maxLength = 40, description = "the terminal's id of the alarm: sent again, stored once") String id,
                            @Schema(enumeration = {"TAMPER", "LID_OPEN", "MOVED", "OVER_COUNT"}) String kind,
                            @Schema(description = "ISO instant") String occurredAt, @Schema(maxLength = 500) String detail) {
    }

    /** The four headers of a signed request. */
    public static class Signed {
        @HeaderParam("X-Seal-Device")
        String serial;

        @HeaderParam("X-Seal-Timestamp")
        String timestamp;

        @HeaderParam("X-Seal-Nonce")
        String nonce;

        @HeaderParam("X-Seal-Signature")
        String signature;
    }

    @POST
    @Path("heartbeat")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Heartbeat: {battery: 0–100, lid: OPEN|CLOSED}; answers the server's time and the seal in the terminal")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HeartbeatBody.class)))
    public SealLedger.HeartbeatAnswer heartbeat(@BeanParam Signed signed, InputStream body) throws IOException {
        return terminals.heartbeat(request(signed, "POST", body));
    }

    @GET
    @Path("authorisations")
    @Operation(summary = "Authorisation pull: the approved applications of the terminal's seal with stamps remaining and their windows")
    public SealLedger.AuthorisationAnswer authorisations(@BeanParam Signed signed) throws IOException {
        return terminals.authorisations(request(signed, "GET", null));
    }

    @POST
    @Path("stamps")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A stamp: {sequence ≥ 1, stampedAt: ISO instant, operator?, applicationId?, photo?: base64 JPEG/PNG ≤ 1 MB}",
            description = "Idempotent by device and sequence number: sent again it is answered {stored: false} with the first verdict. "
                    + "verdict: AUTHORISED, OVER_COUNT, OUTSIDE_WINDOW or NO_APPLICATION (the last three raise an alarm). "
                    + "gapFrom/gapTo: sequence numbers missing before this one (flagged as an alarm).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StampBody.class)))
    public SealLedger.StampAnswer stamp(@BeanParam Signed signed, InputStream body) throws IOException {
        return terminals.stamp(request(signed, "POST", body));
    }

    @POST
    @Path("alarms")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "An alarm: {id: the device's alarm id, kind: TAMPER|LID_OPEN|MOVED|OVER_COUNT, occurredAt, detail?}",
            description = "Idempotent by device and id.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlarmBody.class)))
    public SealLedger.AlarmAnswer alarm(@BeanParam Signed signed, InputStream body) throws IOException {
        return terminals.alarm(request(signed, "POST", body));
    }

    private SealTerminals.Request request(Signed signed, String method, InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new SealRefusal(413, "error.seal.tooLarge", MAX_BODY);
        }
        return new SealTerminals.Request(method, http.getRequestURI(), signed.serial, signed.timestamp, signed.nonce,
                signed.signature, bytes);
    }

    /** A refused terminal request: its status and {@code {"error": key, "args": [...]}}. */
    @Provider
    public static class Refusals implements ExceptionMapper<SealRefusal> {
        @Override
        public Response toResponse(SealRefusal e) {
            return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(e.key(), e.args())).build();
        }
    }
}
