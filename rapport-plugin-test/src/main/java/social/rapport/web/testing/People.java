package social.rapport.web.testing;

import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import org.jsoup.nodes.Element;
import social.rapport.web.testing.WebSession.Page;

/**
 * Signed-in members with their ids, and the network actions the connection tests take through
 * the real pages (the member page {@code /network/member?id=} and its profile-actions fragment).
 */
public final class People {

    /** A member: their signed-in session, id, email and name. */
    public record Person(WebSession session, long id, String email, String name) {

        public Page memberPage(Person other) {
            return memberPage(other.id());
        }

        public Page memberPage(long otherId) {
            return session.get("network/member?id=" + otherId);
        }

        /**
         * Presses a button of the network-actions form on the other member's page, and confirms
         * when the page asks (remove and block ask first).
         */
        public Page act(Person other, String button) {
            Page answer = session.submit(memberPage(other), "network-actions", Map.of(), button);
            return answer.byId("network-confirm").isPresent() ? session.submit(answer, "network-actions", Map.of(), "confirm") : answer;
        }

        public Page invite(Person other, String howMet, String note) {
            return session.submit(memberPage(other), "network-actions", Map.of("howMet", howMet, "note", note), "invite");
        }

        /** Presses a button in the row of one invitation on /network/invitations. */
        public Page answer(long invitationId, String button) {
            Page page = session.get("network/invitations");
            return session.submit(page, rowForm(page, "invitation-" + invitationId), Map.of(), button);
        }
    }

    private People() {
    }

    public static Person newMember(URI base, String name) throws SQLException {
        WebSession session = new WebSession(base);
        String email = Members.uniqueEmail(name.toLowerCase().replaceAll("[^a-z0-9]", ""));
        session.signUp(email, name, Members.PASSWORD);
        Page home = session.signIn(email, Members.PASSWORD);
        if (!home.uri().getPath().equals("/home")) {
            throw new AssertionError("could not sign in as " + email + ": " + home.text());
        }
        Members.forgetSignInAttempts(email);
        return new Person(session, Db.number("select id from member where email = ?", email), email, name);
    }

    /** The client id of the form inside the element with this id (a row of a list). */
    public static String rowForm(Page page, String rowId) {
        Element row = page.byId(rowId).orElseThrow(() -> new AssertionError("no " + rowId + " on " + page.uri() + ":\n" + page.text()));
        return row.selectFirst("form").id();
    }

    /** Connects two members directly in the database (for tests about what connections lead to). */
    public static void connect(Person a, Person b) throws SQLException {
        connect(a.id(), b.id());
    }

    public static void connect(long a, long b) throws SQLException {
        Db.execute("insert into connection_edge (member_id, other_id, how_met) values (?, ?, 'OTHER'), (?, ?, 'OTHER')", a, b, b, a);
    }

    /** The id of the pending invitation from one member to another. */
    public static long pendingInvitation(Person sender, Person recipient) throws SQLException {
        return Db.number("select id from invitation where sender_id = ? and recipient_id = ? and status = 'PENDING'",
                sender.id(), recipient.id());
    }

    /** Switches a plugin on or off through the admin area, as an admin would. */
    public static void setPluginEnabled(URI base, String pluginId, boolean enabled) throws SQLException {
        WebSession admin = Members.admin(base);
        Page plugins = admin.get("admin/plugins");
        Element card = plugins.byId("plugin-" + pluginId).orElseThrow();
        if ("enabled".equals(card.attr("data-state")) == enabled) {
            return;
        }
        String button = card.selectFirst("input[value=" + (enabled ? "Enable" : "Disable") + "]").attr("name");
        admin.submit(plugins, "plugins", Map.of(), button);
    }

    public static boolean pluginEnabled(String pluginId) throws SQLException {
        return Db.number("select count(*) from plugin_state where plugin_id = ? and enabled", pluginId) > 0;
    }
}
