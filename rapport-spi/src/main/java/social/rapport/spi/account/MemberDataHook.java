package social.rapport.spi.account;

import java.util.List;
import social.rapport.spi.Extension;

/**
 * Account lifecycle SPI: the member data a plugin keeps in its own tables.
 *
 * <p>Unlike other extension points, the core calls these hooks for every installed plugin,
 * enabled or not: a plugin that an admin switched off still holds the member's data, and a
 * deleted member's data must go from there too. Each call is isolated: a hook that throws is
 * logged, the export goes on without its part, and an erasure is retried by the next run.
 */
public interface MemberDataHook extends Extension {

    /** Everything this plugin holds about the member, for their own download. */
    default List<ExportFile> export(long memberId) {
        return List.of();
    }

    /**
     * Removes the member's personal data from this plugin's tables, after the deletion grace
     * period; the core removes the member's core data next. Called inside a transaction that
     * the core commits; it must be safe to call again for the same member.
     */
    default void erase(long memberId) {
    }
}
