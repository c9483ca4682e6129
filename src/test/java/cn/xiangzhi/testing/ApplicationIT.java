package cn.xiangzhi.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;

/**
 * Base of the integration tests that use the application as its users do, from outside: the WAR
 * as built, on Payara Micro, reached over HTTP. All classes of a run share one deployment
 * ({@link OneDeployment}): each makes its own tenant and relies on nothing a fresh server would hold.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ApplicationIT {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    protected Http api() {
        return Http.api(URI.create(base.toString()));
    }

    protected Http session() {
        return Http.session(URI.create(base.toString()));
    }
}
