package cn.xiangzhi.platform.infrastructure;

import cn.xiangzhi.platform.domain.OperatorAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes sure the platform has an operator. On the first start it creates {@code operator} with
 * the password from {@code XIANGZHI_OPERATOR_PASSWORD}, or with a generated one that it prints
 * once to the log. An existing operator is never changed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class OperatorBootstrap {

    private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class.getName());

    @PersistenceContext(unitName = "xiangzhi")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "xiangzhi.operator.password")
    Optional<String> configuredPassword;

    @PostConstruct
    void ensureOperator() {
        long operators = em.createQuery("select count(o) from OperatorAccount o", Long.class).getSingleResult();
        if (operators > 0) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(OperatorBootstrap::generate);
        em.persist(new OperatorAccount("operator", password.toCharArray()));
        if (configuredPassword.isPresent()) {
            LOG.info("Created platform operator 'operator' with the configured password");
        } else {
            LOG.warning("Created platform operator 'operator' with password " + password
                    + " — change it, or set XIANGZHI_OPERATOR_PASSWORD before the first start");
        }
    }

    private static String generate() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
