package cn.xiangzhi.shared.web;

import cn.xiangzhi.shared.domain.InvalidFields;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The body of every REST refusal, {@code {"error": message key, "args": [...]}} (and {@code fields}
 * when a form is refused for several fields, {@link InvalidFields}): one shape for
 * the JAX-RS exception mappers and for the servlet filters that answer before JAX-RS (an unknown
 * or suspended tenant), so a client reads every refusal the same way.
 */
public final class ErrorBody {

    /** Looked up once; {@code Json.createXxx} searches for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ErrorBody() {
    }

    public static String of(String key, Object... args) {
        return JSON.createObjectBuilder().add("error", key).add("args", args(args)).build().toString();
    }

    /** A refusal of several fields: the first as {@code error} and {@code args}, all as {@code fields: [{field, error, args}]}. */
    public static String of(InvalidFields refused) {
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        refused.errors().forEach(e -> fields.add(JSON.createObjectBuilder().add("field", e.field()).add("error", e.key())
                .add("args", args(e.args().toArray()))));
        return JSON.createObjectBuilder().add("error", refused.key()).add("args", args(refused.args())).add("fields", fields).build().toString();
    }

    private static JsonArrayBuilder args(Object... args) {
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (Object arg : args) {
            values.add(String.valueOf(arg));
        }
        return values;
    }

    /** Answers a request with the refusal, from a filter. */
    public static void write(HttpServletResponse response, int status, String key, Object... args) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(of(key, args));
    }
}
