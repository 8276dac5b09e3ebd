package social.rapport.spi;

/**
 * The descriptor of a plugin: one CDI bean per plugin module (usually {@code @ApplicationScoped}).
 * The core discovers it, shows it in the admin area and persists whether it is enabled.
 *
 * <p>The {@link #id()} is the plugin's stable name: it prefixes the plugin's tables
 * ({@code <id>_...}), names its Flyway location ({@code db/migration/<id>}), its configuration
 * keys ({@code rapport.plugins.<id>.}) and its pages ({@code /p/<id>/}). Lower-case letters,
 * digits and dashes only; never change it once a plugin has shipped.
 */
public interface Plugin {

    /** Stable identifier, for example {@code events}. */
    String id();

    /** Name shown to administrators. */
    String name();

    /** One or two sentences for administrators: what switching it on adds. */
    String description();

    /** The plugin's own version, for example {@code 1.2.0}. */
    String version();

    /** The SPI version this plugin was written against; see {@link SpiVersion}. */
    int spiVersion();
}
