package cn.xiangzhi.platform.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;

/**
 * HTTP Basic for the REST API, checked on every request: a browser's session cookie alone never
 * authorizes an API call, so the API is not open to cross-site request forgery. Runs after
 * {@code noSessionCreation}, so API calls do not create sessions.
 */
public class ApiAuthFilter extends BasicHttpAuthenticationFilter {

    public ApiAuthFilter() {
        setApplicationName("xiangzhi");
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return false;
    }
}
