package cn.xiangzhi.platform.api;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.InvalidFields;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.StoreFailure;
import cn.xiangzhi.shared.security.ForbiddenException;
import cn.xiangzhi.shared.web.ErrorBody;
import cn.xiangzhi.shared.web.RequestSizeLimit;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every refusal and failure of a REST call into an answer with a JSON body that says why:
 * {@code {"error": key, "args": [...]}} — never an HTML page. Bad input is a 4xx naming the field
 * or parameter; a database that does not answer is a 503 {@code error.unavailable}; anything
 * unexpected a 500 {@code error.internal} (and a line in the log).
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response error(int status, String key, Object... args) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(key, args)).build();
    }

    static Response error(Response.Status status, String key, Object... args) {
        return error(status.getStatusCode(), key, args);
    }

    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            if (e instanceof InvalidFields fields) {
                return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(fields)).build();
            }
            return error(e.status(), e.key(), e.args());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return error(Response.Status.NOT_FOUND, "error.notFound");
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return error(Response.Status.FORBIDDEN, "error.forbidden", e.getMessage());
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return error(Response.Status.CONFLICT, "error.stale");
        }
    }

    /** A failed transaction: a lost race (409), a text too long for its column (400), the database away (503). */
    @Provider
    public static class FailedTransaction implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            return store(e);
        }
    }

    /**
     * A write that lost to a concurrent one on a unique key (two confirmations of one proposal, two
     * imports of the same codes), or another failure of the store: the transaction is rolled back.
     */
    @Provider
    public static class Collision implements ExceptionMapper<PersistenceException> {
        @Override
        public Response toResponse(PersistenceException e) {
            return store(e);
        }
    }

    static Response store(Throwable e) {
        StoreFailure failure = StoreFailure.answering(e);
        if (failure.kind() == StoreFailure.Kind.UNAVAILABLE) {
            LOG.log(Level.WARNING, "database unavailable", e);
            return Response.status(503).header("Retry-After", "5").type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorBody.of("error.unavailable")).build();
        }
        return error(failure.status(), failure.refusal().key(), failure.refusal().args());
    }

    /**
     * A body that is not JSON, or whose values are not of their field's type: 400
     * {@code error.body.malformed}, naming the field when the parser said which; a body over its
     * limit read without a length (chunked): 413.
     */
    @Provider
    public static class Unreadable implements ExceptionMapper<ProcessingException> {
        private static final Pattern PROPERTY = Pattern.compile("(?i)property[: ]+'?([A-Za-z0-9_]+)'?");

        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(e);
        }
    }

    static Response unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
                return error(413, "error.body.tooLarge", tooLarge.limitKilobytes());
            }
        }
        String field = null;
        for (Throwable t = e; t != null && field == null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = Unreadable.PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                field = m.group(1);
            }
        }
        return field == null ? error(Response.Status.BAD_REQUEST, "error.body.malformed")
                : error(Response.Status.BAD_REQUEST, "error.field.invalid", field);
    }

    /**
     * JAX-RS's own refusals (no such path 404, method 405, media type 415, not acceptable 406…) in
     * the same JSON shape; a query or path parameter that is not a value of its type
     * ({@code ?first=abc}, Jersey's {@code ParamException}) is a 400 naming it.
     */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            String parameter = parameterOf(e);
            if (parameter != null) {
                return error(Response.Status.BAD_REQUEST, "error.param.invalid", parameter);
            }
            if (e.getCause() != null && (e.getCause() instanceof JsonbException
                    || e.getCause() instanceof JsonException || e.getCause() instanceof ProcessingException)) {
                return unreadable(e.getCause());
            }
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            return error(status, "error.http." + status);
        }
    }

    /** The parameter named by Jersey's {@code ParamException} (not on the compile class path: read by reflection). */
    static String parameterOf(WebApplicationException e) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("org.glassfish.jersey.server.ParamException")) {
                try {
                    return String.valueOf(type.getMethod("getParameterName").invoke(e));
                } catch (ReflectiveOperationException unreadable) {
                    return "?";
                }
            }
        }
        return null;
    }

    /** What no other mapper knows: the database away (503), else 500 with nothing internal in the answer. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof JsonbException || e instanceof JsonException) {
                return unreadable(e);
            }
            if (StoreFailure.isUnavailable(e)) {
                return store(e);
            }
            LOG.log(Level.SEVERE, "unexpected failure of a REST call", e);
            return error(Response.Status.INTERNAL_SERVER_ERROR, "error.internal");
        }
    }
}
