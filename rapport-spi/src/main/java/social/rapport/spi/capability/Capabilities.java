package social.rapport.spi.capability;

import java.util.Set;
import social.rapport.spi.error.Forbidden;

/**
 * Platform service (the core implements it, plugins call it in their services): who holds a
 * capability. Grants are read from PostgreSQL on every call, so a revoke takes effect at once;
 * suspended members hold none; a capability of a disabled plugin is held by nobody.
 */
public interface Capabilities {

    /** Whether the member holds the capability now. */
    boolean holds(long memberId, String capability);

    /** The capabilities the member holds now. */
    Set<String> of(long memberId);

    /**
     * The signed-in caller's id when they hold the capability.
     *
     * @throws Forbidden when the caller is anonymous or does not hold it
     */
    long requireCaller(String capability);
}
