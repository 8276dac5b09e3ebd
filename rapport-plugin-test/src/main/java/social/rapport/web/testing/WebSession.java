package social.rapport.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's browser session at the HTTP level: cookies, redirects, and Faces forms submitted
 * the way a browser submits them (every input of the form, view state included, plus the button).
 * For journeys through a real browser see the Selenium tests.
 */
public final class WebSession {

    static {
        // A kept-alive connection the server closed meanwhile fails the next request with "header
        // parser received no bytes"; the JDK client then retries GETs only, unless told that every
        // method may be retried (nothing was received, so nothing was processed).
        System.setProperty("jdk.httpclient.enableAllMethodRetry", "true");
    }

    private final URI base;
    private final CookieManager cookies;
    private final HttpClient client;
    private final Map<String, String> headers;

    public WebSession(URI base) {
        this.base = ServerAddress.local(base);
        this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.headers = new LinkedHashMap<>();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade attempt on every plain-HTTP request
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private WebSession(URI base, WebSession same) {
        this.base = base;
        this.cookies = same.cookies;
        this.headers = same.headers;
        this.client = same.client;
    }

    /**
     * The same browser (same cookies) talking to another instance of a cluster at {@code other}:
     * what a load balancer does when it sends the next request elsewhere. Forms of pages fetched
     * from one instance are posted to the instance of the session they are submitted through.
     */
    public WebSession on(URI other) {
        return new WebSession(other, this);
    }

    public URI base() {
        return base;
    }

    public WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A page as the server answered it. */
    public record Page(int status, URI uri, String body, Document document, HttpResponse<String> response) {

        public String text() {
            return document.text();
        }

        public Optional<Element> byId(String id) {
            return Optional.ofNullable(document.getElementById(id));
        }

        /** The text of the error message(s) shown on the page. */
        public String errors() {
            return document.select(".field-error, .message-error").eachText().stream().collect(Collectors.joining(" | "));
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A GET whose answer is kept as bytes (an image, for example). */
    public HttpResponse<byte[]> getBytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET().timeout(Duration.ofSeconds(20));
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Submits the Faces form with id {@code formId} found on {@code page}, with {@code fields}
     * given by their short ids (e.g. {@code email} for {@code signup:email}), pressing {@code button}.
     */
    public Page submit(Page page, String formId, Map<String, String> fields, String button) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form " + formId + " on " + page.uri() + ":\n" + page.text());
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("image")) {
                continue;
            }
            data.put(input.attr("name"), input.val());
        }
        fields.forEach((name, value) -> data.put(qualified(form, formId, name), value));
        String buttonName = qualified(form, formId, button);
        Element pressed = form.selectFirst("[name=\"" + buttonName + "\"]");
        if (pressed == null) {
            throw new AssertionError("no button " + buttonName + " in form " + formId + " on " + page.uri());
        }
        data.put(buttonName, pressed.val());
        String body = data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI action = here(page.uri()).resolve(form.attr("action"));
        return send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * What a page's script does with {@code h:commandScript}: a Faces ajax POST of the form
     * {@code formId} (its hidden inputs, view state included) with {@code source} (a client id,
     * e.g. {@code live:markRead}) as the component that acts. Answers the partial response.
     */
    public Page ajax(Page page, String formId, String source) {
        return ajax(page, formId, source, null);
    }

    /**
     * A Faces ajax POST that executes the whole form {@code formId} (as {@code f:ajax execute="@form"}),
     * with {@code fields} by their short ids, and {@code source} (a button's client id) as the
     * component that acts: what a script that submits the form in the background sends.
     */
    public Page ajaxForm(Page page, String formId, Map<String, String> fields, String source) {
        return ajax(page, formId, source, fields);
    }

    private Page ajax(Page page, String formId, String source, Map<String, String> fields) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form " + formId + " on " + page.uri());
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            data.put(input.attr("name"), input.val());
        }
        if (fields != null) {
            // only the pressed button, as a browser sends it
            form.select("input[type=submit][name], input[type=button][name], input[type=image][name]").forEach(b -> data.remove(b.attr("name")));
            Element pressed = form.selectFirst("[name=\"" + source + "\"]");
            if (pressed == null) {
                throw new AssertionError("no button " + source + " in form " + formId + " on " + page.uri());
            }
            data.put(source, pressed.val());
            fields.forEach((name, value) -> data.put(qualified(form, formId, name), value));
        }
        data.put("jakarta.faces.source", source);
        data.put("jakarta.faces.partial.event", "action");
        data.put("jakarta.faces.partial.execute", fields == null ? source : source + " " + formId);
        data.put("jakarta.faces.partial.render", "@none");
        data.put("jakarta.faces.behavior.event", "action");
        data.put("jakarta.faces.partial.ajax", "true");
        String body = data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(here(page.uri()).resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The page's address on this session's server (the same unless the page came from another instance). */
    private URI here(URI pageUri) {
        return base.resolve(pageUri.getRawPath() + (pageUri.getRawQuery() == null ? "" : "?" + pageUri.getRawQuery()));
    }

    private static String qualified(Element form, String formId, String name) {
        return name.contains(":") ? name : formId + ":" + name;
    }

    /** The Cookie header this session would send to its server (for a websocket handshake, say). */
    public String cookieHeader() {
        return cookies.getCookieStore().get(base).stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Sends a request with this session's cookies and headers (for requests the helpers above do not cover). */
    public Page send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        request.timeout(Duration.ofSeconds(20));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.uri(), response.body(),
                    Jsoup.parse(response.body(), response.uri().toString()), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // Journeys that many tests share.

    /**
     * Signs up and marks the address verified in the database, as if the member had opened the
     * link (most tests are about something else; AccountsIT and MailIT open the real link).
     */
    public Page signUp(String email, String name, String password) {
        Page page = signUpUnverified(email, name, password);
        Members.markVerified(email);
        return page;
    }

    /** Signs up as a person does: the address stays unverified until the mail's link is opened. */
    public Page signUpUnverified(String email, String name, String password) {
        return submit(get("signup"), "signup", Map.of("email", email, "displayName", name, "password", password), "submit");
    }

    public Page signIn(String email, String password) {
        return submit(get("signin"), "signin", Map.of("email", email, "password", password), "submit");
    }

    public Page signOut() {
        return submit(get(""), "signout", Map.of(), "submit");
    }

    /** All the Set-Cookie headers of a response. */
    public static List<String> setCookies(Page page) {
        return page.response().headers().allValues("Set-Cookie");
    }
}
