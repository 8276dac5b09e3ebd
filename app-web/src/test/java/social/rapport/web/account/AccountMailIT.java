package social.rapport.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.People.Person;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.TestMail;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * What accounts send by mail, through a real SMTP server in the test JVM (GreenMail): the
 * verification link and its limits, what an unverified member may not do, the password reset
 * and the sessions it ends, the mail queue when SMTP is down, and admins named in configuration.
 */
@RapportIT
@RunAsClient
class AccountMailIT {

    static final String PASSWORD = Members.PASSWORD;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins();
    }

    WebSession browser() throws Exception {
        return new WebSession(base.toURI());
    }

    @BeforeEach
    @AfterEach
    void forgetAttemptsFromThisMachine() throws SQLException {
        Db.execute("delete from sign_in_attempt");
        Db.execute("delete from sign_in_lock");
        Db.execute("delete from account_mail_request");
    }

    @Test
    void signUpSendsASingleUseLinkThatVerifiesTheAddress() throws Exception {
        String email = Members.uniqueEmail("vera");
        WebSession vera = browser();
        Page answer = vera.signUpUnverified(email, "Vera Verdi", PASSWORD);
        assertThat(answer.text()).contains("Check your email");

        MimeMessage mail = TestMail.await(email, 1).get(0);
        assertThat(TestMail.subject(mail)).isEqualTo("Confirm your email address for Rapport");
        assertThat(TestMail.text(mail)).contains("Hello Vera Verdi", "expires in 24 hours", "/notifications/preferences");
        String link = TestMail.link(mail, "verify-email");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(Db.number("select count(*) from account_token where token_hash = ?", token)).isZero(); // only its hash is stored

        vera.signIn(email, PASSWORD);
        assertThat(vera.get("home").byId("verify-notice")).isPresent();
        assertThat(vera.get(link).byId("verify-result").orElseThrow().text()).contains("Your email address is confirmed");
        assertThat(vera.get("home").byId("verify-notice")).isEmpty();
        assertThat(Db.number("select count(*) from member where email = ? and email_verified_at is not null", email)).isEqualTo(1);

        assertThat(browser().get(link).byId("verify-result").orElseThrow().text()).contains("not valid any more");
        assertThat(browser().get("verify-email?token=made-up").byId("verify-result").orElseThrow().text()).contains("not valid any more");
    }

    @Test
    void anUnverifiedMemberMayEditTheirProfileButNotWriteToOthersAndMayResendThreeTimesAnHour() throws Exception {
        String email = Members.uniqueEmail("ugo");
        WebSession ugo = browser();
        ugo.signUpUnverified(email, "Ugo Unverified", PASSWORD);
        ugo.signIn(email, PASSWORD);
        Person other = People.newMember(base.toURI(), "Olga Other");
        long ugoId = Db.number("select id from member where email = ?", email);

        Page home = ugo.get("home");
        assertThat(home.byId("verify-notice").orElseThrow().text()).contains("Confirm your email address");
        assertThat(ugo.get("profile/edit").status()).isEqualTo(200);

        Page invite = ugo.submit(ugo.get("network/member?id=" + other.id()), "network-actions",
                Map.of("howMet", "WORKED_TOGETHER", "note", ""), "invite");
        assertThat(invite.text()).contains("Confirm your email address first");
        assertThat(Db.number("select count(*) from invitation where sender_id = ?", ugoId)).isZero();

        TestMail.await(email, 1);
        for (int i = 2; i <= 3; i++) {
            Page resent = ugo.submit(ugo.get("home"), "resend-verification", Map.of(), "submit");
            assertThat(resent.text()).contains("We sent a new link to " + email);
        }
        Page limit = ugo.submit(ugo.get("home"), "resend-verification", Map.of(), "submit");
        assertThat(limit.text()).contains("several links in the last hour");
        List<MimeMessage> mails = TestMail.await(email, 3);
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> TestMail.to(email).size() == 3);

        // the last link works, and then the member may invite
        ugo.get(TestMail.link(mails.get(2), "verify-email"));
        ugo.submit(ugo.get("network/member?id=" + other.id()), "network-actions", Map.of("howMet", "WORKED_TOGETHER", "note", ""), "invite");
        assertThat(Db.number("select count(*) from invitation where sender_id = ?", ugoId)).isEqualTo(1);
    }

    @Test
    void signingUpWithATakenAddressAnswersTheSameAndTellsItsOwner() throws Exception {
        String email = Members.uniqueEmail("tina");
        browser().signUp(email, "Tina Taken", PASSWORD);
        TestMail.await(email, 1);
        long members = Db.number("select count(*) from member");

        Page again = browser().signUpUnverified(email.toUpperCase(), "Somebody Else", "another long passphrase here");
        assertThat(again.uri().getPath()).isEqualTo("/signin");
        assertThat(again.text()).contains("Check your email").doesNotContain("already");
        assertThat(Db.number("select count(*) from member")).isEqualTo(members);

        MimeMessage warning = TestMail.await(email, 2).get(1);
        assertThat(TestMail.subject(warning)).isEqualTo("Someone tried to sign up to Rapport with your address");
        assertThat(TestMail.text(warning)).contains("Hello Tina Taken", "/forgot-password");
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndSignsOutEverySession() throws Exception {
        String email = Members.uniqueEmail("rita");
        WebSession laptop = browser();
        laptop.signUp(email, "Rita Reset", PASSWORD);
        laptop.signIn(email, PASSWORD);
        WebSession phone = browser();
        phone.signIn(email, PASSWORD);
        assertThat(phone.get("home").uri().getPath()).isEqualTo("/home");
        assertThat(phone.get("account/sessions").document().select(".session")).hasSize(2);
        Members.forgetSignInAttempts(email);

        WebSession forgetful = browser();
        Page unknown = forgetful.submit(forgetful.get("forgot-password"), "forgot", Map.of("email", Members.uniqueEmail("nobody")), "submit");
        Page known = forgetful.submit(forgetful.get("forgot-password"), "forgot", Map.of("email", email), "submit");
        assertThat(known.text()).contains("If an account exists for that address");
        assertThat(unknown.byId("messages").orElseThrow().text()).isEqualTo(known.byId("messages").orElseThrow().text());

        MimeMessage mail = TestMail.await(email, 2).get(1); // after the verification mail
        assertThat(TestMail.subject(mail)).isEqualTo("Reset your Rapport password");
        String link = TestMail.link(mail, "reset-password");
        String newPassword = "a brand new long passphrase";

        Page form = forgetful.get(link);
        Page mismatch = forgetful.submit(form, "reset", Map.of("newPassword", newPassword, "confirmation", "other"), "submit");
        assertThat(mismatch.errors()).contains("not the same");
        Page weak = forgetful.submit(forgetful.get(link), "reset", Map.of("newPassword", "short", "confirmation", "short"), "submit");
        assertThat(weak.errors()).contains("at least 12 characters");
        Page done = forgetful.submit(forgetful.get(link), "reset", Map.of("newPassword", newPassword, "confirmation", newPassword), "submit");
        assertThat(done.uri().getPath()).isEqualTo("/signin");
        assertThat(done.text()).contains("Your password is changed");

        // every session that was open is signed out, wherever it is
        Page laptopNext = laptop.get("home");
        assertThat(laptopNext.uri().getPath()).isEqualTo("/signin");
        assertThat(laptopNext.byId("signin-ended")).isPresent();
        assertThat(phone.get("home").uri().getPath()).isEqualTo("/signin");

        assertThat(forgetful.get(link).byId("reset-invalid")).isPresent();
        assertThat(browser().signIn(email, PASSWORD).errors()).isEqualTo("Email or password is wrong.");
        assertThat(browser().signIn(email, newPassword).uri().getPath()).isEqualTo("/home");
        assertThat(TestMail.subject(TestMail.await(email, 3).get(2))).isEqualTo("Your Rapport password was changed");
    }

    @Test
    void resetRequestsAreLimitedPerAddress() throws Exception {
        String email = Members.uniqueEmail("lia");
        browser().signUp(email, "Lia Limit", PASSWORD);
        WebSession someone = browser();
        for (int i = 0; i < 3; i++) {
            assertThat(someone.submit(someone.get("forgot-password"), "forgot", Map.of("email", email), "submit").text())
                    .contains("If an account exists");
        }
        Page fourth = someone.submit(someone.get("forgot-password"), "forgot", Map.of("email", email), "submit");
        assertThat(fourth.errors()).contains("Too many requests");
        TestMail.await(email, 4); // verification + 3 links
        assertThat(Db.number("select count(*) from account_token t join member m on m.id = t.member_id "
                + "where m.email = ? and t.purpose = 'RESET'", email)).isEqualTo(3);
    }

    @Test
    void theSessionsPageSignsOutOneOtherSessionOrAllOthers() throws Exception {
        String email = Members.uniqueEmail("sara");
        WebSession one = browser().header("User-Agent", "Firefox on a laptop");
        one.signUp(email, "Sara Sessions", PASSWORD);
        one.signIn(email, PASSWORD);
        WebSession two = browser().header("User-Agent", "Safari on a phone");
        two.signIn(email, PASSWORD);
        WebSession three = browser().header("User-Agent", "Chromium at work");
        three.signIn(email, PASSWORD);
        Members.forgetSignInAttempts(email);

        Page sessions = one.get("account/sessions");
        assertThat(sessions.document().select(".session")).hasSize(3);
        assertThat(sessions.text()).contains("Firefox on a laptop", "Safari on a phone", "Chromium at work", "(this browser)");
        String phoneRow = sessions.document().select(".session").stream()
                .filter(e -> e.text().contains("Safari on a phone")).findFirst().orElseThrow().id();
        one.submit(sessions, "sessions", Map.of(), sessions.document().getElementById(phoneRow).selectFirst("input[type=submit]").attr("name"));
        assertThat(two.get("home").uri().getPath()).isEqualTo("/signin");
        assertThat(three.get("home").uri().getPath()).isEqualTo("/home");

        Page ended = one.submit(one.get("account/sessions"), "sessions", Map.of(), "endOthers");
        assertThat(ended.text()).contains("1 other sessions signed out");
        assertThat(three.get("home").uri().getPath()).isEqualTo("/signin");
        assertThat(one.get("home").uri().getPath()).isEqualTo("/home");
    }

    @Test
    void mailWaitsWhileTheSmtpServerIsDownAndGoesOutWhenItReturns() throws Exception {
        String email = Members.uniqueEmail("dora");
        TestMail.stop();
        try {
            browser().signUpUnverified(email, "Dora Down", PASSWORD);
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> Db.number("select count(*) from mail_outbox where recipient = ? and attempts >= 2 and sent_at is null "
                            + "and last_error is not null", email) == 1);
        } finally {
            TestMail.start();
        }
        MimeMessage mail = TestMail.await(email, 1).get(0);
        assertThat(TestMail.subject(mail)).contains("Confirm your email address");
        assertThat(Db.number("select count(*) from mail_outbox where recipient = ? and sent_at is not null", email)).isEqualTo(1);
    }

    @Test
    void aListedAdminAddressMakesAnAdminOnlyOnceItIsVerified() throws Exception {
        WebSession first = browser();
        Db.execute("delete from admin_role_change where member_id in (select id from member where email = ?)", Members.ADMIN);
        if (Db.number("select count(*) from member where email = ?", Members.ADMIN) == 0) {
            first.signUpUnverified(Members.ADMIN, "Whoever Came First", PASSWORD);
        } else {
            Db.execute("update member set email_verified_at = null, admin = false where email = ?", Members.ADMIN);
        }
        first.signIn(Members.ADMIN, PASSWORD);
        assertThat(first.get("admin/plugins").status()).isEqualTo(403);
        assertThat(first.get("home").byId("nav-admin")).isEmpty();

        Members.markVerified(Members.ADMIN);
        assertThat(first.get("admin/plugins").status()).isEqualTo(200);
    }

    @Test
    void changingTheEmailSendsALinkToTheNewAddressAndTellsTheOldOne() throws Exception {
        String old = Members.uniqueEmail("emma");
        String fresh = Members.uniqueEmail("emma-new");
        WebSession emma = browser();
        emma.signUp(old, "Emma Email", PASSWORD);
        emma.signIn(old, PASSWORD);

        Page wrong = emma.submit(emma.get("account/password"), "email", Map.of("newEmail", fresh, "currentPassword", "not my password!"), "submit");
        assertThat(wrong.errors()).contains("current password is wrong");
        Page sent = emma.submit(emma.get("account/password"), "email", Map.of("newEmail", fresh, "currentPassword", PASSWORD), "submit");
        assertThat(sent.text()).contains("We sent a link to " + fresh);
        assertThat(Db.text("select email from member where email = ?", old)).isEqualTo(old); // not before the link is opened

        MimeMessage link = TestMail.await(fresh, 1).get(0);
        assertThat(TestMail.subject(link)).isEqualTo("Confirm your new email address for Rapport");
        String path = TestMail.link(link, "confirm-email");
        assertThat(browser().get(path).byId("confirm-result").orElseThrow().text()).contains("is confirmed");
        assertThat(Db.number("select count(*) from member where email = ? and email_verified_at is not null", fresh)).isEqualTo(1);
        assertThat(browser().get(path).byId("confirm-result").orElseThrow().text()).contains("not valid any more");

        MimeMessage notice = TestMail.await(old, 2).get(1); // after the verification mail
        assertThat(TestMail.subject(notice)).isEqualTo("The email address of your Rapport account was changed");
        assertThat(browser().signIn(old, PASSWORD).errors()).isEqualTo("Email or password is wrong.");
        assertThat(browser().signIn(fresh, PASSWORD).uri().getPath()).isEqualTo("/home");
    }

    @Test
    void anInvitationIsMailedWithAOneClickUnsubscribeThatNeedsNoSignIn() throws Exception {
        Person ines = People.newMember(base.toURI(), "Ines Invited");
        Person paolo = People.newMember(base.toURI(), "Paolo Inviter");
        paolo.invite(ines, "WORKED_TOGETHER", "Hello");
        MimeMessage mail = TestMail.await(ines.email(), 2).stream()
                .filter(m -> TestMail.subject(m).equals("Paolo Inviter invited you to connect")).findFirst().orElseThrow();
        assertThat(TestMail.text(mail)).contains("Hello Ines Invited", "/network/invitations", "Stop emails like this");
        String header = mail.getHeader("List-Unsubscribe", null);
        assertThat(header).matches("<https?://[^>]+/email/unsubscribe\\?token=[A-Za-z0-9_-]+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String link = header.substring(header.indexOf("/email/") + 1, header.length() - 1);

        // a stranger's browser (no sign-in): GET only asks
        WebSession stranger = browser();
        Page confirm = stranger.get(link);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.byId("unsubscribe-confirm").orElseThrow().text()).contains(ines.email());
        assertThat(confirm.byId("unsubscribe-submit").orElseThrow().text()).isEqualTo("Stop these emails");
        assertThat(Db.number("select count(*) from email_preference where member_id = ?", ines.id())).isZero();

        // what a mail program does (RFC 8058): a POST with List-Unsubscribe=One-Click to the link
        Page done = oneClick(link);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.byId("unsubscribe-done").orElseThrow().text()).contains("will not send", ines.email());
        assertThat(Db.number("select count(*) from email_preference where member_id = ? and kind = 'invitation.received' "
                + "and not enabled", ines.id())).isEqualTo(1);

        // the next invitation reaches the app, not the inbox
        int before = TestMail.to(ines.email()).size();
        People.newMember(base.toURI(), "Quinto Inviter").invite(ines, "WORKED_TOGETHER", "Hi");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Db.number("select count(*) from notification "
                + "where recipient_id = ? and type = 'invitation.received'", ines.id()) == 2);
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> TestMail.to(ines.email()).size() == before);
        var box = ines.session().get("notifications/preferences").document().select("li[data-type=invitation.received] input[name$=email]");
        assertThat(box).hasSize(1);
        assertThat(box.hasAttr("checked")).as("the preferences page shows the unsubscribe").isFalse();

        // a link we did not issue says so, GET or POST
        assertThat(browser().get("email/unsubscribe?token=made-up").byId("unsubscribe-invalid").orElseThrow().text())
                .contains("This unsubscribe link is not valid");
        Page bad = oneClick("email/unsubscribe?token=made-up");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.byId("unsubscribe-invalid")).isPresent();
    }

    @Test
    void emailChoicesSitNextToTheInAppOnesWithInvitationsAndMessagesOnByDefault() throws Exception {
        Person nora = People.newMember(base.toURI(), "Nora Notified");
        Page page = nora.session().get("notifications/preferences");
        assertThat(page.text()).contains("Show in the app", "Send me an email", "Send me the weekly catch-up email");
        assertThat(page.document().select("li[data-type=invitation.received] input[name$=email]").hasAttr("checked")).isTrue();
        assertThat(page.document().select("li[data-type=message.request] input[name$=email]").hasAttr("checked")).isTrue();
        assertThat(page.document().select("li[data-type=post.comment] input[name$=email]").hasAttr("checked")).isFalse();
        assertThat(page.document().select("input[name$=digest]").hasAttr("checked")).isTrue();

        String comment = page.document().select("li[data-type=post.comment] input[name$=email]").attr("name");
        Page saved = nora.session().submit(page, "preferences", Map.of(comment, "true"), "save");
        assertThat(saved.text()).contains("Your notification preferences are saved");
        assertThat(Db.number("select count(*) from email_preference where member_id = ? and kind = 'post.comment' and enabled", nora.id()))
                .isEqualTo(1);
    }

    @Test
    void theWeeklyDigestSaysWhatIsWaitingAndNothingToAMemberWithNothingOrWhoOptedOut() throws Exception {
        People.setPluginEnabled(base.toURI(), "events", true); // its section comes through the digest SPI of enabled plugins
        Person dina = People.newMember(base.toURI(), "Dina Digest");
        Person karl = People.newMember(base.toURI(), "Karl Keepintouch");
        People.connect(dina, karl);
        Db.execute("update connection_edge set connected_at = now() - interval '3 months' where member_id = ? or other_id = ?", dina.id(), dina.id());
        Db.execute("insert into keep_in_touch (member_id, other_id, cadence) values (?, ?, 'MONTHLY')", dina.id(), karl.id());
        People.newMember(base.toURI(), "Ivo Invitingdina").invite(dina, "WORKED_TOGETHER", "Hello");
        Person rhea = People.newMember(base.toURI(), "Rhea Requester");
        rhea.session().submit(rhea.session().get("messages/new?to=" + dina.id()), "send", Map.of("body", "Can we talk?"), "submit");
        long event = Db.number("insert into events_event (host_id, title, start_at, end_at, time_zone, visibility) values (?, 'Digest meetup', "
                + "now() + interval '2 days', now() + interval '2 days 2 hours', 'Europe/Rome', 'PUBLIC') returning id", karl.id());
        Db.execute("insert into events_attendee (event_id, member_id, status) values (?, ?, 'GOING')", event, dina.id());
        Person nadia = People.newMember(base.toURI(), "Nadia Nothing");

        dueNow(dina.id());
        dueNow(nadia.id());
        MimeMessage digest = awaitSubject(dina.email(), "Catch up on Rapport this week");
        assertThat(TestMail.text(digest)).contains("Hello Dina Digest", "Due to get in touch", "Karl Keepintouch",
                "Invitations waiting for your answer", "Ivo Invitingdina", "Message requests waiting for your answer", "Rhea Requester",
                "Your events this week", "Digest meetup", "/p/events/event.xhtml?id=" + event, "Stop the weekly catch-up email");
        assertThat(digest.getHeader("List-Unsubscribe", null)).contains("/email/unsubscribe?token=");
        assertThat(Db.number("select count(*) from digest_schedule where member_id = ? and last_sent_at is not null "
                + "and next_at > now() + interval '6 days'", dina.id())).isEqualTo(1);

        // nothing to say: the week moves on, and no mail
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Db.number("select count(*) from digest_schedule where member_id = ? "
                + "and next_at > now() + interval '6 days'", nadia.id()) == 1);
        assertThat(TestMail.to(nadia.email())).extracting(TestMail::subject).noneMatch(subject -> subject.startsWith("Catch up"));

        // opted out (here by the digest's own one-click link): no digest next week, though there is still news
        String header = digest.getHeader("List-Unsubscribe", null);
        assertThat(oneClick(header.substring(header.indexOf("/email/") + 1, header.length() - 1)).byId("unsubscribe-done")).isPresent();
        assertThat(Db.number("select count(*) from email_preference where member_id = ? and kind = 'digest' and not enabled", dina.id())).isEqualTo(1);
        assertThat(dina.session().get("notifications/preferences").document().select("input[name$=digest]").hasAttr("checked")).isFalse();
        dueNow(dina.id());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Db.number("select count(*) from digest_schedule where member_id = ? "
                + "and next_at > now() + interval '6 days'", dina.id()) == 1);
        assertThat(TestMail.to(dina.email())).extracting(TestMail::subject).filteredOn(subject -> subject.startsWith("Catch up")).hasSize(1);
    }

    /** What a mail program does for RFC 8058: a POST of {@code List-Unsubscribe=One-Click} to the link, without any cookie. */
    private Page oneClick(String path) throws Exception {
        return browser().send(HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
    }

    private static void dueNow(long memberId) throws SQLException {
        Db.execute("insert into digest_schedule (member_id, next_at) values (?, now() - interval '1 second') "
                + "on conflict (member_id) do update set next_at = excluded.next_at", memberId);
    }

    private static MimeMessage awaitSubject(String address, String subject) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> TestMail.to(address).stream().anyMatch(m -> TestMail.subject(m).equals(subject)));
        return TestMail.to(address).stream().filter(m -> TestMail.subject(m).equals(subject)).findFirst().orElseThrow();
    }
}
