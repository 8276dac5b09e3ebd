package social.rapport.plugins.sponsored;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import social.rapport.spi.page.FacesPages;

/**
 * The plugin's own texts (English), for code that runs outside a page (extension
 * calls receive the viewer's locale). Pages load the same bundle as {@code spmsg} with f:loadBundle.
 */
public final class SponsoredText {

    public static final String BUNDLE = "social.rapport.plugins.sponsored.i18n.sponsored";

    /** What the plugin's Faces beans share (404/403, sign-in, messages from this bundle), from the SPI. */
    public static final FacesPages PAGES = new FacesPages(SponsoredText::get);

    private SponsoredText() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, SponsoredText.class.getClassLoader());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
