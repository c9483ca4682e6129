package cn.xiangzhi.shared.web;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.StoreFailure;
import cn.xiangzhi.shared.security.ForbiddenException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a page action and turns every refusal into a message on the page, in the user's language.
 * The services are transactional, so a refused action has changed nothing.
 */
public final class Pages {

    private static final Logger LOG = Logger.getLogger(Pages.class.getName());

    private Pages() {
    }

    /** Runs {@code action}; on success shows {@code successKey} (if any) and returns true. */
    public static boolean run(Runnable action, String successKey, Object... successArgs) {
        try {
            action.run();
            if (successKey != null) {
                info(successKey, successArgs);
            }
            return true;
        } catch (DomainException e) {
            error(e.key(), e.args());
        } catch (NotFoundException e) {
            error("error.notFound");
        } catch (ForbiddenException e) {
            error("error.forbidden");
        } catch (TransactionalException | PersistenceException e) {
            StoreFailure failure = StoreFailure.of(e);
            LOG.log(failure.kind() == StoreFailure.Kind.UNAVAILABLE ? Level.WARNING : Level.FINE, "failed transaction", e);
            error(failure.refusal().key(), failure.refusal().args());
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    /** Refuses a page action before it reaches a service: the message, and the request marked as failed. */
    public static void refuse(String key, Object... args) {
        error(key, args);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static String text(String key, Object... args) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
