package cn.xiangzhi.platform.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.SQLTransactionRollbackException;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a REST client is told when its sign-in fails: the password judged wrong, held back, or not judged at all. */
class ApiAuthFilterTest {

    /** The answer the filter wrote: status, headers and body. */
    record Answer(int status, Map<String, String> headers, String body) {
    }

    private static Answer refused(AuthenticationException failure) {
        Map<String, Object> attributes = new HashMap<>();
        ServletRequest request = (ServletRequest) Proxy.newProxyInstance(ApiAuthFilterTest.class.getClassLoader(),
                new Class<?>[]{jakarta.servlet.http.HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> null;
                });
        int[] status = {200};
        Map<String, String> headers = new HashMap<>();
        StringWriter body = new StringWriter();
        PrintWriter writer = new PrintWriter(body);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(ApiAuthFilterTest.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus" -> {
                        status[0] = (Integer) args[0];
                        yield null;
                    }
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "getWriter" -> writer;
                    default -> null;
                });
        ApiAuthFilter filter = new ApiAuthFilter();
        filter.onLoginFailure(new UsernamePasswordToken("clerk", "pw"), failure, request, response);
        filter.sendChallenge(request, response);
        writer.flush();
        return new Answer(status[0], headers, body.toString());
    }

    @Test
    void aWrongPasswordOrADisabledAccountIsAnsweredAsASignInRequired() {
        for (AuthenticationException refusal : new AuthenticationException[]{new IncorrectCredentialsException(),
                new DisabledAccountException("disabled")}) {
            Answer answer = refused(refusal);
            assertEquals(401, answer.status());
            assertTrue(answer.body().contains("error.signIn.required"), answer.body());
            assertTrue(answer.headers().get("WWW-Authenticate").toLowerCase().startsWith("basic realm="), answer.headers().toString());
        }
    }

    @Test
    void aUsernameHeldBackByTheThrottleIsTold429WithTheSecondsToWait() {
        Answer answer = refused(new ExcessiveAttemptsException("7"));
        assertEquals(429, answer.status());
        assertEquals("7", answer.headers().get("Retry-After"));
    }

    @Test
    void aSignInThatCouldNotBeCheckedIsA503ToTryAgainNeverAWrongPassword() {
        // Shiro wraps what the realm met: here a Galera certification conflict while a failure was recorded
        Answer answer = refused(new AuthenticationException("realm failed",
                new RuntimeException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213))));
        assertEquals(503, answer.status(), answer.body());
        assertTrue(answer.body().contains("error.unavailable"), answer.body());
        assertEquals("5", answer.headers().get("Retry-After"));
    }
}
