package cn.xiangzhi.shared.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's texts ({@code cn.xiangzhi.i18n.messages}) for a locale; a missing key reads as itself. */
public final class Messages {

    static final String BUNDLE = "cn.xiangzhi.i18n.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
