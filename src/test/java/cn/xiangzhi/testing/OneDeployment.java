package cn.xiangzhi.testing;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;

/**
 * One deployment of the application serves every integration test class of a run (ADR 0010).
 *
 * <p>Every {@link ApplicationIT} deploys the same WAR, as built, and talks to it over HTTP; with
 * the Payara Micro adapter each deployment is a new Payara process, 30 to 60 seconds each on this
 * machine. This Arquillian extension lets the first class deploy and hands its deployment to every
 * later class: a class's "generate the deployment" step reuses the first scenario, its "deploy" and
 * "undeploy" steps do nothing, and the deployment is undeployed once, when Arquillian stops the
 * container at the end of the run (or by the adapter's shutdown hook if the JVM ends first).
 *
 * <p>What this asks of the tests: each class makes its own tenant (codes unique per run), as they
 * already must because the database outlives a run; no test relies on a fresh server's memory.
 */
public class OneDeployment {

    /** Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(OneDeployment.class);
        }
    }

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> classScenario;

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    private Event<UnDeployManagedDeployments> undeploy;

    private DeploymentScenario shared;
    private boolean deployed;
    private boolean ending;

    public void generate(@Observes EventContext<GenerateDeployment> event) {
        if (shared == null) {
            event.proceed();
            shared = classScenario.get();
        } else {
            classScenario.set(shared);
        }
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
        if (!deployed) {
            event.proceed(); // a failed first deployment throws here and the next class tries again
            deployed = true;
        }
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
        if (ending) {
            event.proceed();
        }
    }

    public void stop(@Observes BeforeStop event) {
        if (shared == null || !deployed) {
            return;
        }
        ending = true;
        classContext.get().activate(ApplicationIT.class);
        try {
            classScenario.set(shared);
            undeploy.fire(new UnDeployManagedDeployments());
        } finally {
            classContext.get().deactivate();
            ending = false;
            deployed = false;
        }
    }
}
