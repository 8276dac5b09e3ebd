package social.rapport.web.security;

import java.net.URLEncoder;
import java.sql.SQLException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * Presses every button and runs every command script of pages, as a browser would (every field
 * of the form, empty text fields filled so that validation lets the action run), and records
 * which Faces actions that reached and every answer that was a server error.
 */
final class Sweep {

    /** A page as it was fetched, with the Facelets file it comes from (its route may differ: /post/5 is feed/post). */
    record Captured(String file, Page page) {
    }

    /** Forms of the layout that act on the caller's own session (sign out, language, resend the verification mail). */
    static final Set<String> LAYOUT_FORMS = Set.of("signout", "language", "resend-verification", "conversations-badge");

    private static final Pattern SCRIPT = Pattern.compile("var (\\w+)=function\\(o\\).*?(?:ajax\\.request|mojarra\\.ab)\\(\\s*['\"]([^'\"]+)['\"]");

    private final FacesActions actions;
    final Set<String> tried = new TreeSet<>();
    final List<String> errors = new ArrayList<>();
    /** Requests that changed a table, with the tables: each must be empty after a sweep of refused callers. */
    final List<String> changes = new ArrayList<>();
    int requests;

    Sweep(FacesActions actions) {
        this.actions = actions;
    }

    static Captured capture(WebSession session, String file, String route) {
        return new Captured(file, session.get(route));
    }

    /**
     * Submits everything on {@code captured} through {@code session} (which may not be the one that
     * fetched it), leaving out forms whose id is in {@code skipForms} and buttons whose action is
     * in {@code skipActions}. {@code extra} fields are added to every post (a swapped view parameter).
     */
    void pressAll(WebSession session, Captured captured, Set<String> skipForms, Set<String> skipActions, Map<String, String> extra) {
        Page page = captured.page();
        for (Element form : page.document().select("form[method=post][id]")) {
            if (LAYOUT_FORMS.contains(form.id()) || skipForms.contains(form.id())) {
                continue;
            }
            for (Element button : form.select("input[type=submit][name], button[name]")) {
                String key = last(button.attr("name"));
                Set<String> reached = actions.resolve(captured.file(), form.id(), key);
                if (reached.stream().anyMatch(skipActions::contains)) {
                    continue;
                }
                Map<String, String> data = fields(form);
                data.put(button.attr("name"), button.val());
                data.putAll(extra);
                press(captured, "#" + form.id() + " " + key, reached, () -> session.send(HttpRequest.newBuilder(page.uri().resolve(form.attr("action")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(data)))));
            }
        }
        Matcher script = SCRIPT.matcher(page.body());
        while (script.find()) {
            String source = script.group(2);
            Element form = page.document().getElementById(source.contains(":") ? source.substring(0, source.indexOf(':')) : source);
            if (form == null) {
                continue;
            }
            Set<String> reached = actions.resolve(captured.file(), form.id(), "script:" + script.group(1));
            if (reached.isEmpty() || reached.stream().anyMatch(skipActions::contains) || skipForms.contains(form.id())) {
                continue;
            }
            press(captured, "script " + script.group(1), reached, () -> session.ajax(page, form.id(), source));
        }
    }

    /** Sends one request, and records what it reached, whether it failed, and which tables it changed. */
    private void press(Captured captured, String what, Set<String> reached, Supplier<Page> request) {
        requests++;
        tried.addAll(reached);
        String where = captured.page().uri().getPath() + " " + what + " " + reached;
        try {
            Map<String, String> before = DatabaseState.snapshot();
            Page answer;
            try {
                answer = request.get();
            } catch (java.io.UncheckedIOException closed) {
                answer = request.get(); // a kept-alive connection the server closed meanwhile: once more
            }
            List<String> tables = DatabaseState.changed(before, DatabaseState.snapshot());
            if (!tables.isEmpty()) {
                changes.add(where + " changed " + tables);
            }
            if (answer.status() >= 500 || answer.body().contains("at social.rapport")) {
                errors.add(answer.status() + " " + where);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields a browser would send: checked boxes only, the selected option, text filled in where empty. */
    private static Map<String, String> fields(Element form) {
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            String type = input.attr("type");
            switch (input.tagName()) {
                case "select" -> {
                    Element option = input.selectFirst("option[selected]");
                    option = option != null ? option : input.selectFirst("option[value]:not([value=''])");
                    if (option != null) {
                        data.put(name, option.attr("value"));
                    }
                }
                case "textarea" -> data.put(name, input.val().isEmpty() ? "Access matrix probe" : input.val());
                default -> {
                    if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("file")) {
                        continue;
                    }
                    if (type.equals("checkbox") || type.equals("radio")) {
                        if (input.hasAttr("checked") || type.equals("radio") && !data.containsKey(name)) {
                            data.put(name, input.val());
                        }
                        continue;
                    }
                    boolean text = type.isEmpty() || type.equals("text") || type.equals("search");
                    data.put(name, text && input.val().isEmpty() && !name.startsWith("jakarta.faces") ? "Access matrix probe" : input.val());
                }
            }
        }
        return data;
    }

    private static String last(String clientId) {
        return clientId.substring(clientId.lastIndexOf(':') + 1);
    }

    private static String encode(Map<String, String> data) {
        return data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
