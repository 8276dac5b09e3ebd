package social.rapport.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * No request answers 500 because of its input. The routes come from the deployed WAR itself
 * (every Facelets page of the webapp and of every plugin jar, every {@code @WebServlet}), so a
 * new page is swept without editing this test; each gets hostile values in its view parameters
 * (read from its Facelets) and in the parameter names the pages read by hand, and every form of
 * every page is posted with hostile values in all its fields. Signed in as the configured admin,
 * who can open every page.
 */
@RapportIT
@RunAsClient
class HostileInputIT {

    /** Parameters pages read in Java (Http.id/Http.text) rather than through f:viewParam. */
    static final List<String> COMMON_PARAMETERS = List.of("id", "after", "before", "q", "from", "list", "member", "to", "add",
            "cadence", "folder", "conversation", "message", "post", "comment", "handle", "size", "v");

    static final List<String> HOSTILE = List.of("99999999999999999999999", "-1", "0", "-9223372036854775808", "9223372036854775807",
            "abc", "1.-9223372036854775808.1.0.0.0", "9223372036854775807.9223372036854775807.1.1.1.1",
            "99999-01-01", "+999999999-12-31", "2024-02-30", "1e309", "9223372036854775807_9223372036854775807",
            "\u0000\u0007\u001b[31m", "\ud800", "\u202e\ufeff", "x".repeat(5000), "' or 1=1 --", "<script>alert(1)</script>");

    /** Raw query strings that are not valid UTF-8 once decoded (sent as they are, not encoded again). */
    static final List<String> RAW = List.of("%FF%FE%FD", "%C0%AF", "%ED%A0%80", "%00");

    static final Pattern VIEW_PARAM = Pattern.compile("<[fo]:viewParam[^>]*\\bname=\"([^\"]+)\"");

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins();
    }

    /** Every route of the application, with the view parameters its page declares. */
    static Map<String, Set<String>> routes() throws IOException {
        WebArchive war = Deployments.rapportWithTestPlugins();
        Map<String, Set<String>> routes = new TreeMap<>();
        for (Map.Entry<ArchivePath, Node> e : war.getContent().entrySet()) {
            String path = e.getKey().get();
            if (path.endsWith(".xhtml") && !path.startsWith("/WEB-INF/") && !path.startsWith("/resources/")) {
                routes.put(route(path), viewParams(e.getValue()));
            } else if (path.startsWith("/WEB-INF/lib/") && path.endsWith(".jar")) {
                JavaArchive jar;
                try (InputStream in = e.getValue().getAsset().openStream()) {
                    jar = ShrinkWrap.create(ZipImporter.class, "lib.jar").importFrom(in).as(JavaArchive.class);
                }
                for (Map.Entry<ArchivePath, Node> j : jar.getContent().entrySet()) {
                    String inJar = j.getKey().get();
                    if (inJar.startsWith("/META-INF/resources/p/") && inJar.endsWith(".xhtml")) {
                        routes.put(route(inJar.substring("/META-INF/resources".length())), viewParams(j.getValue()));
                    } else if (inJar.endsWith(".class")) {
                        servlets(inJar).forEach(s -> routes.putIfAbsent(s, Set.of()));
                    }
                }
            } else if (path.startsWith("/WEB-INF/classes/") && path.endsWith(".class")) {
                servlets(path.substring("/WEB-INF/classes".length())).forEach(s -> routes.putIfAbsent(s, Set.of()));
            }
        }
        return routes;
    }

    private static String route(String xhtml) {
        String route = xhtml.substring(1, xhtml.length() - ".xhtml".length());
        return route.equals("index") ? "" : route;
    }

    private static Set<String> viewParams(Node node) throws IOException {
        if (node.getAsset() == null) {
            return Set.of();
        }
        try (InputStream in = node.getAsset().openStream()) {
            Matcher m = VIEW_PARAM.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> names = new TreeSet<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    /** The URL patterns of a class if it is a servlet of ours ({@code /photos/*} becomes {@code photos/1}). */
    private static List<String> servlets(String classFile) {
        if (!classFile.startsWith("/social/rapport/") || classFile.contains("$")) {
            return List.of();
        }
        String name = classFile.substring(1, classFile.length() - ".class".length()).replace('/', '.');
        try {
            WebServlet servlet = Class.forName(name, false, HostileInputIT.class.getClassLoader()).getAnnotation(WebServlet.class);
            if (servlet == null) {
                return List.of();
            }
            List<String> routes = new ArrayList<>();
            for (String pattern : servlet.value().length > 0 ? servlet.value() : servlet.urlPatterns()) {
                routes.add(pattern.substring(1).replace("*", "1"));
            }
            return routes;
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return List.of();
        }
    }

    @Test
    void theRouteListComesFromTheApplication() throws Exception {
        Map<String, Set<String>> routes = routes();
        assertThat(routes).containsKeys("home", "network/member", "messages/conversation", "admin/members", "p/events/index",
                "photos/1", "api/notifications/unread");
        assertThat(routes.get("home")).contains("after");
        assertThat(routes.get("p/events/index")).contains("from", "after");
    }

    @Test
    void hostileQueryParametersNeverAnswer500() throws Exception {
        URI base = url.toURI();
        People.setPluginEnabled(base, "events", true);
        WebSession admin = Members.admin(base);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, Set<String>> route : routes().entrySet()) {
            Set<String> names = new TreeSet<>(COMMON_PARAMETERS);
            names.addAll(route.getValue());
            for (String value : HOSTILE) {
                // all names at once, then each declared view parameter alone (so none hides behind another)
                requests += check(admin, route.getKey(), names.stream().collect(Collectors.toMap(n -> n, n -> value)), failures);
                for (String name : route.getValue()) {
                    requests += check(admin, route.getKey(), Map.of(name, value), failures);
                }
            }
            for (String raw : RAW) {
                String query = names.stream().map(n -> n + "=" + raw).collect(Collectors.joining("&"));
                requests += checkRaw(admin, route.getKey() + "?" + query, failures);
            }
            // a hostile path segment where routes take one (/in/<handle>, /tag/<name>, /post/<id>)
            requests += checkRaw(admin, route.getKey() + "/%FF%00" + "9".repeat(40), failures);
        }
        assertThat(failures).as("requests answered 500 (of " + requests + ")").isEmpty();
    }

    @Test
    void controlCharactersAreRefusedAtTheEdgeWithAClearMessage() throws Exception {
        WebSession admin = Members.admin(url.toURI());
        Page refused = admin.get("search?q=%00");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Request refused", "control characters").doesNotContain("Exception");
        assertThat(admin.get("search?q=" + URLEncoder.encode("Zoë\tMüller", StandardCharsets.UTF_8)).status()).isEqualTo(200);
    }

    @Test
    void hostileFormFieldsNeverAnswer500() throws Exception {
        URI base = url.toURI();
        People.setPluginEnabled(base, "events", true);
        WebSession admin = Members.admin(base);
        List<String> failures = new ArrayList<>();
        int posts = 0;
        for (String route : routes().keySet()) {
            Page page = admin.get(route);
            if (page.status() != 200 || !page.response().headers().firstValue("Content-Type").orElse("").contains("html")) {
                continue;
            }
            for (Element form : page.document().select("form[method=post]")) {
                if (form.id().equals("signout") || form.id().isEmpty()) {
                    continue; // signing out would end the sweep; forms without an id are not Faces forms
                }
                for (String value : List.of("x".repeat(20_000), "\u0000\u0007\ud800\u202e", "-99999999999999999999", "+999999999-12-31T25:61")) {
                    posts++;
                    Page answer = post(admin, page, form, value);
                    if (answer.status() >= 500 || answer.body().contains("at social.rapport")) {
                        failures.add(answer.status() + " POST " + route + " #" + form.id() + " with " + shorten(value));
                    }
                }
            }
        }
        assertThat(posts).isGreaterThan(20);
        assertThat(failures).as("forms answered 500 (of " + posts + " posts)").isEmpty();
    }

    /** Posts {@code form} as a browser would, every field but the view state and the form's own marker set to {@code value}. */
    private static Page post(WebSession session, Page page, Element form, String value) {
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("file")) {
                continue;
            }
            String name = input.attr("name");
            boolean faces = name.equals(form.id()) || name.startsWith("jakarta.faces.");
            data.put(name, faces ? input.val() : value);
        }
        Element button = form.selectFirst("input[type=submit][name], button[name]");
        if (button != null) {
            data.put(button.attr("name"), button.val());
        }
        String body = data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return session.send(HttpRequest.newBuilder(page.uri().resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static int check(WebSession session, String route, Map<String, String> parameters, List<String> failures) {
        String query = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return checkRaw(session, route + "?" + query, failures);
    }

    private static int checkRaw(WebSession session, String pathAndQuery, List<String> failures) {
        Page page = session.get(pathAndQuery);
        if (page.status() >= 500 || page.body().contains("at social.rapport")) {
            failures.add(page.status() + " GET /" + shorten(pathAndQuery));
        }
        return 1;
    }

    private static String shorten(String text) {
        String shown = text.codePoints().mapToObj(c -> c < 0x20 || c == 0x7F ? String.format("\\u%04x", c) : Character.toString(c))
                .collect(Collectors.joining());
        return shown.length() > 160 ? shown.substring(0, 160) + "…" : shown;
    }
}
