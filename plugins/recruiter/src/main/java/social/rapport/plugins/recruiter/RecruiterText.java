package social.rapport.plugins.recruiter;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import social.rapport.spi.page.FacesPages;

/** The plugin's texts, for code outside a page. Pages load the same bundle as {@code rmsg}. */
public final class RecruiterText {

    public static final String BUNDLE = "social.rapport.plugins.recruiter.i18n.recruiter";

    /** What the plugin's Faces beans share (404/403, sign-in, messages from this bundle), from the SPI. */
    public static final FacesPages PAGES = new FacesPages(RecruiterText::get);

    private RecruiterText() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, RecruiterText.class.getClassLoader());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
