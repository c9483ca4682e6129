package cn.xiangzhi.shared.web;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.InvalidFields;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.StoreFailure;
import cn.xiangzhi.shared.security.ForbiddenException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
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
        } catch (InvalidFields e) {
            fields(e);
        } catch (DomainException e) {
            error(e.key(), e.args());
        } catch (NotFoundException e) {
            error("error.notFound");
        } catch (ForbiddenException e) {
            error("error.forbidden");
        } catch (TransactionalException | PersistenceException e) {
            StoreFailure failure = StoreFailure.answering(e);
            LOG.log(failure.kind() == StoreFailure.Kind.UNAVAILABLE ? Level.WARNING : Level.FINE, "failed transaction", e);
            error(failure.refusal().key(), failure.refusal().args());
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    /**
     * A form refused for several fields: each reason beside its field (the input whose id is the
     * field's name, marked invalid; on top when the page has none), and on top how many to correct.
     */
    private static void fields(InvalidFields refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        error("error.fields", refused.errors().size());
        for (InvalidFields.FieldError e : refused.errors()) {
            UIInput[] input = new UIInput[1];
            faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
                if (component instanceof UIInput found && e.field().equals(found.getId())) {
                    input[0] = found;
                    return VisitResult.COMPLETE;
                }
                return VisitResult.ACCEPT;
            });
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text(e.key(), e.args().toArray()), null);
            if (input[0] == null) {
                faces.addMessage(null, message);
            } else {
                input[0].setValid(false);
                faces.addMessage(input[0].getClientId(faces), message);
            }
        }
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
