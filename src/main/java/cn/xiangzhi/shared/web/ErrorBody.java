package cn.xiangzhi.shared.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The body of every REST refusal, {@code {"error": message key, "args": [...]}}: one shape for
 * the JAX-RS exception mappers and for the servlet filters that answer before JAX-RS (an unknown
 * or suspended tenant), so a client reads every refusal the same way.
 */
public final class ErrorBody {

    /** Looked up once; {@code Json.createXxx} searches for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ErrorBody() {
    }

    public static String of(String key, Object... args) {
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (Object arg : args) {
            values.add(String.valueOf(arg));
        }
        return JSON.createObjectBuilder().add("error", key).add("args", values).build().toString();
    }

    /** Answers a request with the refusal, from a filter. */
    public static void write(HttpServletResponse response, int status, String key, Object... args) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(of(key, args));
    }
}
