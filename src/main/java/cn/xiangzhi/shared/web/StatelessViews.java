package cn.xiangzhi.shared.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewDeclarationLanguage;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Lets a page declare itself stateless (ADR 0013): the pages anonymous visitors open — sign-in,
 * sign-up, the home page, public boards, the kiosk — say {@code <f:view transient="true">}
 * (through their templates). JSF builds a requested page's tree only when rendering it, after
 * PrimeFaces has asked for the view map to keep its CSP nonce — which creates an HTTP session even
 * for a transient view. So an initial request's tree is built right after the view is restored:
 * by the time anything asks, the view knows it is transient, and PrimeFaces keeps its nonce out of
 * the view map. A postback of a transient view is rebuilt from the page by JSF itself.
 */
public class StatelessViews implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot root = faces.getViewRoot();
        if (root == null || faces.isPostback() || faces.getResponseComplete() || root.getChildCount() > 0) {
            return;
        }
        ViewDeclarationLanguage vdl = faces.getApplication().getViewHandler()
                .getViewDeclarationLanguage(faces, root.getViewId());
        if (vdl == null) {
            return;
        }
        try {
            vdl.buildView(faces, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
