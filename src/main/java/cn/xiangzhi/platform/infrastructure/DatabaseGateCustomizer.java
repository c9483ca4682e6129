package cn.xiangzhi.platform.infrastructure;

import cn.xiangzhi.shared.persistence.DatabaseGate;
import cn.xiangzhi.shared.persistence.StoreFailure;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.Session;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.Properties;

/**
 * Puts {@link DatabaseGate} in front of every connection EclipseLink takes (persistence.xml): a
 * connection is not even asked for while the gate is closed, and a connection that cannot be had
 * because the database does not answer closes it. Without this, EclipseLink's reconnect after a
 * failed connection waited the data source's timeouts a second time within the same request.
 */
public class DatabaseGateCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        Connector original = session.getLogin().getConnector();
        if (!(original instanceof Gated)) {
            session.getLogin().setConnector(new Gated(original));
        }
    }

    static final class Gated implements Connector {
        private final Connector inner;

        Gated(Connector inner) {
            this.inner = inner;
        }

        @Override
        public Connection connect(Properties properties, Session session) {
            DatabaseGate.check();
            try {
                return inner.connect(properties, session);
            } catch (RuntimeException failure) {
                StoreFailure.of(failure); // closes the gate when the database does not answer
                throw failure;
            }
        }

        @Override
        public Object clone() {
            return new Gated((Connector) inner.clone());
        }

        @Override
        public void toString(PrintWriter writer) {
            inner.toString(writer);
        }

        @Override
        public String getConnectionDetails() {
            return inner.getConnectionDetails();
        }
    }
}
