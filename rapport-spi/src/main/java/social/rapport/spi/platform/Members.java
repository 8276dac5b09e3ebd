package social.rapport.spi.platform;

import java.util.Optional;

/**
 * Platform service (the core implements it, plugins call it): member lookup. Suspended
 * members are not found.
 */
public interface Members {

    Optional<MemberRef> find(long memberId);

    Optional<MemberRef> byHandle(String handle);
}
