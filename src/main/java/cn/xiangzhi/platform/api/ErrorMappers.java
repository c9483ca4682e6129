package cn.xiangzhi.platform.api;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.security.ForbiddenException;
import cn.xiangzhi.shared.web.ErrorBody;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns refusals into 4xx answers with a JSON body that says why: {@code {"error": key, "args": [...]}}. */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    static Response error(Response.Status status, String key, Object... args) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(key, args)).build();
    }

    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            return error(e.isConflict() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST, e.key(), e.args());
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

    @Provider
    public static class FailedTransaction implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            return error(Response.Status.CONFLICT, "error.stale");
        }
    }

    /**
     * A write that lost to a concurrent one on a unique key (two confirmations of one proposal, two
     * imports of the same codes): the transaction is rolled back, the client may look again.
     */
    @Provider
    public static class Collision implements ExceptionMapper<jakarta.persistence.PersistenceException> {
        @Override
        public Response toResponse(jakarta.persistence.PersistenceException e) {
            return error(Response.Status.CONFLICT, "error.stale");
        }
    }
}
