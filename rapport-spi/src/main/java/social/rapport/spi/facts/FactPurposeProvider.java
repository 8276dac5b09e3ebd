package social.rapport.spi.facts;

import java.util.List;
import java.util.Locale;
import social.rapport.spi.Extension;

/** Member facts SPI: the purposes for which a plugin reads facts. Ids start with the plugin id and a dot. */
public interface FactPurposeProvider extends Extension {

    List<FactPurpose> purposes(Locale locale);
}
