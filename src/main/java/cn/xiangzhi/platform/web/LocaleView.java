package cn.xiangzhi.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The language of the session's pages: Chinese unless the user picks English. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.toLanguageTag();
    }

    public boolean isChinese() {
        return Locale.SIMPLIFIED_CHINESE.equals(locale);
    }

    public void select(String tag) {
        locale = "en".equals(tag) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
