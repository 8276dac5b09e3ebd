package social.rapport.spi.settings;

/**
 * Platform service: the current value of a plugin's declared setting (what the admin saved, else
 * the configured initial value, else the declared default). Read from PostgreSQL, so a change
 * applies on every instance at once.
 *
 * @throws IllegalArgumentException (every method) when the plugin declares no such setting of that type
 */
public interface PluginSettings {

    long integer(String pluginId, String key);

    boolean bool(String pluginId, String key);

    String text(String pluginId, String key);
}
