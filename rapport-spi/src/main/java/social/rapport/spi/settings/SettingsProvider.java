package social.rapport.spi.settings;

import java.util.List;
import java.util.Locale;
import social.rapport.spi.Extension;

/** Settings SPI: the typed settings a plugin declares, labelled in {@code locale}. */
public interface SettingsProvider extends Extension {

    List<SettingDefinition> settings(Locale locale);
}
