package social.rapport.spi.capability;

import java.util.List;
import java.util.Locale;
import social.rapport.spi.Extension;

/**
 * Capability SPI: the capabilities a plugin defines. Ids must start with the plugin's id and a dot;
 * others are ignored. While the plugin is disabled its capabilities are not granted, shown nor held.
 */
public interface CapabilityProvider extends Extension {

    /** The plugin's capabilities, labelled in {@code locale}. */
    List<CapabilityDefinition> capabilities(Locale locale);
}
