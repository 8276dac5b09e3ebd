package social.rapport.spi;

/**
 * The version of this SPI that the running core offers. A plugin declares the version it needs
 * in {@link Plugin#spiVersion()}; the core refuses to enable a plugin that needs a version it
 * does not offer. Bump {@link #CURRENT} when a change would break existing plugins; raise
 * {@link #OLDEST_SUPPORTED} only when the core stops honouring an older contract.
 *
 * <p>Version 2 removed {@code FeedItemKind} (feed kinds are declared by plugins) and changed
 * {@code FeedCandidate}, so version 1 plugins no longer link: see docs/plugins.md, "Changelog".
 */
public final class SpiVersion {

    /** The newest SPI version this core implements. */
    public static final int CURRENT = 2;

    /** The oldest SPI version this core still honours. */
    public static final int OLDEST_SUPPORTED = 2;

    private SpiVersion() {
    }

    /** Whether a plugin that needs {@code needed} can run on this core. */
    public static boolean supports(int needed) {
        return needed >= OLDEST_SUPPORTED && needed <= CURRENT;
    }
}
