package social.rapport.spi.platform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Platform service (the core implements it, plugins call it): member lookup. Suspended
 * members are not found.
 */
public interface Members {

    Optional<MemberRef> find(long memberId);

    Optional<MemberRef> byHandle(String handle);

    /**
     * Several members at once, as {@link #find(long)} would give each: a page of results asks once
     * instead of once per row. Unknown and suspended members are left out of the map. The core
     * answers in one query; this default asks {@link #find(long)} for each.
     */
    default Map<Long, MemberRef> findAll(Collection<Long> memberIds) {
        Map<Long, MemberRef> result = new LinkedHashMap<>();
        for (Long id : memberIds) {
            find(id).ifPresent(m -> result.put(id, m));
        }
        return result;
    }
}
