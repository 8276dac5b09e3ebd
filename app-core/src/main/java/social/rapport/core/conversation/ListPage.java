package social.rapport.core.conversation;

import java.util.List;

/** One page of a keyset-paginated list; {@code next} is the cursor of the following page, or null. */
public record ListPage<T>(List<T> rows, String next) {
}
