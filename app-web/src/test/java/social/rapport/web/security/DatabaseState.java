package social.rapport.web.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import social.rapport.web.testing.TestDatabase;

/**
 * A fingerprint of every table of the database (row count and a digest of every row), to show
 * that a sweep of refused requests changed nothing. Tables that record that someone was there
 * rather than what they did are left out: sign-in attempts and pauses, sessions, rate-limit
 * events, ad impressions and spend (a page view), the mail queue (sent by a timer), the digest
 * schedule and data exports (their timers), Flyway.
 */
final class DatabaseState {

    /** Written by reading pages, by signing in, or by timers; none is a state-changing action of a caller. */
    static final Set<String> VOLATILE = Set.of("public.sign_in_attempt", "public.sign_in_lock", "public.member_session",
            "public.rate_limit_event", "public.mail_outbox", "public.sponsored_impression", "public.sponsored_daily_spend",
            "public.digest_schedule", "public.member_export");

    private DatabaseState() {
    }

    /** Table name to "rows:digest", for every table of every schema of ours. */
    static Map<String, String> snapshot() throws SQLException {
        Map<String, String> state = new TreeMap<>();
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_schema || '.' || table_name from information_schema.tables "
                    + "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') "
                    + "and table_name not like '%flyway%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                if (VOLATILE.contains(table)) {
                    continue;
                }
                try (ResultSet rows = statement.executeQuery("select count(*), coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') from "
                        + table + " t")) {
                    rows.next();
                    state.put(table, rows.getLong(1) + ":" + rows.getString(2));
                }
            }
        }
        return state;
    }

    /** The tables whose fingerprint differs (empty when nothing changed). */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        Set<String> all = new java.util.TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String table : all) {
            if (!java.util.Objects.equals(before.get(table), after.get(table))) {
                changed.add(table + " (" + before.get(table) + " -> " + after.get(table) + ")");
            }
        }
        return changed;
    }
}
