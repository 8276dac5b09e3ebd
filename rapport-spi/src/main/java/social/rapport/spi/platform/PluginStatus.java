package social.rapport.spi.platform;

import social.rapport.spi.Extension;

/**
 * Platform service: whether a plugin is enabled now. Extension points of a disabled plugin are
 * never called, so a plugin needs this only for work it starts itself, such as a scheduled job.
 */
public interface PluginStatus {

    boolean isEnabled(String pluginId);
}
