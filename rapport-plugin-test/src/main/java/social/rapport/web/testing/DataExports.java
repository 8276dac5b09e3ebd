package social.rapport.web.testing;

import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * A member's data export as a plugin's IT needs it: asked for on "Your data" ({@code /account/data}),
 * built in the background by the export job, then downloaded as the member would.
 */
public final class DataExports {

    private DataExports() {
    }

    /** Asks for a new export for the member signed in on {@code session}, waits until it is ready, and returns the ZIP. */
    public static byte[] download(WebSession session, long memberId) {
        long before = number("select coalesce(max(id), 0) from member_export where member_id = ?", memberId);
        session.submit(session.get("account/data"), "export", Map.of(), "request");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> number(
                "select count(*) from member_export where member_id = ? and id > ? and status = 'READY'", memberId, before) == 1);
        return session.getBytes("account/export.zip").body();
    }

    private static long number(String sql, Object... parameters) {
        try {
            return Db.number(sql, parameters);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
