package social.rapport.web.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server the integration tests' Payara sends to: GreenMail, a real SMTP server in the
 * test JVM, started once on a free port before Arquillian reads {@code arquillian.xml}
 * ({@code rapport.test.smtp.port}). Tests read what arrived, or stop and restart it to play an
 * SMTP server that is down.
 */
public final class TestMail implements BeforeAllCallback {

    private static GreenMail server;
    private static int port;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    public static synchronized void start() {
        if (server != null && server.isRunning()) {
            return;
        }
        if (port == 0) {
            port = freePort();
            System.setProperty("rapport.test.smtp.port", String.valueOf(port));
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** The SMTP server goes away (connections are refused) until {@link #start()}. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The messages sent to this address so far. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> recipients(m).contains(address.toLowerCase())).toList();
    }

    /** Waits until this many messages reached the address, and returns them all. */
    public static List<MimeMessage> await(String address, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> to(address).size() >= count);
        return to(address);
    }

    /** The plain-text part of a message. */
    public static String text(MimeMessage message) {
        try {
            return GreenMailUtil.getBody(((jakarta.mail.Multipart) message.getContent()).getBodyPart(0));
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link to {@code path} in the message's text, as a path relative to the site (for WebSession). */
    public static String link(MimeMessage message, String path) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(/" + Pattern.quote(path) + "[^\\s]*)").matcher(text(message));
        if (!m.find()) {
            throw new AssertionError("no link to " + path + " in:\n" + text(message));
        }
        return m.group(1).substring(1);
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getRecipients(Message.RecipientType.TO)).toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
