package cn.xiangzhi.shared.web;

import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.StoreFailure;
import cn.xiangzhi.shared.security.ForbiddenException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * What a page shows when building it fails for a reason the person can understand: a page their
 * role may not open is a 403 page, a thing that does not exist (or is outside their scope) a 404
 * page, a database that does not answer the 503 page — instead of a 500 error. Anything else goes
 * on to the standard handling (the 500 page). Actions of a page report refusals as messages
 * ({@link Pages}); this is for what happens while a page is opened.
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable failure = events.next().getContext().getException();
            int status = statusOf(failure);
            if (status == 0 || faces.getExternalContext().isResponseCommitted()) {
                continue;
            }
            events.remove();
            answer(faces, status);
            break;
        }
        getWrapped().handle();
    }

    static int statusOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ForbiddenException) {
                return 403;
            }
            if (t instanceof NotFoundException) {
                return 404;
            }
        }
        return StoreFailure.isUnavailable(failure) ? 503 : 0;
    }

    private static void answer(FacesContext faces, int status) {
        ExternalContext external = faces.getExternalContext();
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                // an ajax request cannot show an error page: send the browser to the page itself, which then shows it
                external.responseReset();
                external.setResponseContentType("text/xml;charset=UTF-8");
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
                String url = forwarded != null ? forwarded.toString() : request.getRequestURI();
                external.getResponseOutputWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            } else if (status == 503) {
                ServiceUnavailable.answer((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
            } else {
                external.responseReset();
                external.responseSendError(status, null);
            }
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
