package social.rapport.spi;

/**
 * What every extension point has in common. The core asks the plugin registry for the
 * implementations of an extension point; the registry hands out only those whose
 * {@link #pluginId()} names an enabled plugin, sorted by {@link #order()}.
 *
 * <p>Every call into an extension is isolated by the core: an exception or a call that overruns
 * its time budget is logged and its contribution is skipped, the rest of the page still renders.
 */
public interface Extension {

    /** The {@link Plugin#id()} of the plugin this implementation belongs to. */
    String pluginId();

    /** Position among the implementations of the same extension point; lower comes first. */
    default int order() {
        return 100;
    }
}
