package social.rapport.web.search;

import java.sql.SQLException;
import java.util.Random;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.WebSession;

/**
 * Members for the search tests, written straight into the tables (the profile feature may not
 * be merged yet): a member row, and optionally a profile, skills, experience.
 */
final class SearchData {

    private static final Random RANDOM = new Random();

    private SearchData() {
    }

    /** A word of random letters, so that a test's members match only that test's queries. */
    static String token() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** A member without a profile; returns the id. */
    static long member(String displayName) throws SQLException {
        return Db.number("insert into member (email, display_name, password_hash) values (?, ?, 'no sign-in') returning id",
                Members.uniqueEmail("found"), displayName);
    }

    static void profile(long member, String headline, String location) throws SQLException {
        Db.execute("insert into profile (member_id, handle, headline, location) values (?, ?, ?, ?)",
                member, "h-" + member + "-" + token(), headline, location);
    }

    /** Sets one visibility column of the member's profile, e.g. {@code skills_visibility}. */
    static void visibility(long member, String column, String audience) throws SQLException {
        if (!column.matches("[a-z]+_visibility")) {
            throw new IllegalArgumentException(column);
        }
        Db.execute("update profile set " + column + " = ? where member_id = ?", audience, member);
    }

    static void skill(long member, String name) throws SQLException {
        Db.execute("insert into skill (normalised, name) values (lower(?), ?) on conflict (normalised) do nothing", name, name);
        Db.execute("insert into member_skill (member_id, skill_id) select ?, id from skill where normalised = lower(?)", member, name);
    }

    static void experience(long member, String title, String organisation) throws SQLException {
        Db.execute("insert into experience (member_id, title, organisation, start_month) values (?, ?, ?, date '2020-01-01')",
                member, title, organisation);
    }

    static void connect(long a, long b) throws SQLException {
        People.connect(a, b);
    }

    static void block(long blocker, long blocked) throws SQLException {
        Db.execute("insert into member_block (blocker_id, blocked_id) values (?, ?)", blocker, blocked);
    }

    /** A signed-in member who searches. */
    record Viewer(long id, WebSession session) {
    }

    static Viewer viewer(java.net.URI base, String name) throws SQLException {
        People.Person person = People.newMember(base, name);
        return new Viewer(person.id(), person.session());
    }
}
