package social.rapport.web.security;

import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import social.rapport.web.testing.Deployments;

/**
 * Every Faces action of the application, read from the Facelets of the deployed WAR (the webapp
 * and every plugin jar): each {@code h:commandButton}, {@code h:commandLink} and
 * {@code h:commandScript} with its id (or script name) and its action as {@code bean.method}.
 * {@code f:viewAction}s (page loads) are not actions of a caller. Also the URL patterns of every
 * {@code @WebServlet} of ours, read from the classes of the WAR.
 */
final class FacesActions {

    /** One command component of one Facelets file. */
    record Command(String file, String form, String id, String action) {

        /** Whether this is the component {@code key} of a form whose client id ends with {@code formId}. */
        boolean is(String formId, String key) {
            String last = formId.substring(formId.lastIndexOf(':') + 1);
            return id.equals(key) && (form.isEmpty() || last.matches(form));
        }
    }

    private static final Pattern COMMAND = Pattern.compile("<h:command(?:Button|Link|Script)\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"#\\{(\\w+)\\.(\\w+)");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]+)\"");
    private static final Pattern FORM = Pattern.compile("<h:form\\b[^>]*\\sid=\"([^\"]+)\"", Pattern.DOTALL);

    /** File (route-like: {@code feed/post}, {@code WEB-INF/includes/feed/item}, {@code p/events/event}) to its commands. */
    final Map<String, List<Command>> byFile = new TreeMap<>();

    /** Servlet URL patterns, {@code /photos/*} as {@code photos/1}. */
    final Set<String> servlets = new TreeSet<>();

    private FacesActions() {
    }

    static FacesActions ofTheApplication() throws IOException {
        FacesActions actions = new FacesActions();
        WebArchive war = Deployments.rapportWithTestPlugins();
        for (Map.Entry<ArchivePath, Node> e : war.getContent().entrySet()) {
            String path = e.getKey().get();
            if (path.endsWith(".xhtml")) {
                actions.read(path, e.getValue());
            } else if (path.startsWith("/WEB-INF/classes/") && path.endsWith(".class")) {
                actions.servlet(path.substring("/WEB-INF/classes".length()));
            } else if (path.startsWith("/WEB-INF/lib/") && path.endsWith(".jar")) {
                JavaArchive jar;
                try (InputStream in = e.getValue().getAsset().openStream()) {
                    jar = ShrinkWrap.create(ZipImporter.class, "lib.jar").importFrom(in).as(JavaArchive.class);
                }
                for (Map.Entry<ArchivePath, Node> j : jar.getContent().entrySet()) {
                    String inJar = j.getKey().get();
                    if (inJar.startsWith("/META-INF/resources/") && inJar.endsWith(".xhtml")) {
                        actions.read(inJar.substring("/META-INF/resources".length()), j.getValue());
                    } else if (inJar.endsWith(".class")) {
                        actions.servlet(inJar);
                    }
                }
            }
        }
        return actions;
    }

    private void read(String path, Node node) throws IOException {
        if (node.getAsset() == null) {
            return;
        }
        String text;
        try (InputStream in = node.getAsset().openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
        }
        String file = path.substring(1, path.length() - ".xhtml".length());
        Matcher tag = COMMAND.matcher(text);
        while (tag.find()) {
            Matcher action = ACTION.matcher(tag.group());
            if (!action.find()) {
                continue; // a script that only re-renders
            }
            Matcher id = ID.matcher(tag.group());
            Matcher name = NAME.matcher(tag.group());
            // a script is found on the page by its name (var rapportMarkRead=function...), a button by its id
            String key = tag.group().startsWith("<h:commandScript") && name.find() ? "script:" + name.group(1) : id.find() ? id.group(1) : "?";
            String form = "";
            Matcher forms = FORM.matcher(text.substring(0, tag.start()));
            while (forms.find()) {
                form = Pattern.quote(forms.group(1)).replaceAll("#\\{[^}]*\\}", "\\\\E.*\\\\Q");
            }
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(new Command(file, form, key, action.group(1) + "." + action.group(2)));
        }
    }

    private void servlet(String classFile) {
        if (!classFile.startsWith("/social/rapport/") || classFile.contains("$")) {
            return;
        }
        String name = classFile.substring(1, classFile.length() - ".class".length()).replace('/', '.');
        try {
            WebServlet servlet = Class.forName(name, false, FacesActions.class.getClassLoader()).getAnnotation(WebServlet.class);
            if (servlet != null) {
                for (String pattern : servlet.value().length > 0 ? servlet.value() : servlet.urlPatterns()) {
                    servlets.add(pattern.substring(1).replace("*", "1"));
                }
            }
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            // a class of a jar not on the test's class path
        }
    }

    /** Every action, {@code bean.method}. */
    Set<String> all() {
        Set<String> all = new TreeSet<>();
        byFile.values().forEach(list -> list.forEach(c -> all.add(c.action())));
        return all;
    }

    /**
     * The actions a pressed component may be: {@code key} is the last segment of its client id
     * (or {@code script:<name>}). Looked up in the page's own file first, then in the fragments
     * and templates it may include.
     */
    Set<String> resolve(String pageFile, String formId, String key) {
        Set<String> found = new TreeSet<>();
        byFile.getOrDefault(pageFile, List.of()).stream().filter(c -> c.is(formId, key)).forEach(c -> found.add(c.action()));
        if (found.isEmpty()) {
            byFile.forEach((file, list) -> {
                if (file.startsWith("WEB-INF/") || file.endsWith("feed-item") || file.endsWith("profile-section")) {
                    list.stream().filter(c -> c.is(formId, key)).forEach(c -> found.add(c.action()));
                }
            });
        }
        if (found.isEmpty()) { // any file with that form and component (an include under another name)
            byFile.values().forEach(list -> list.stream().filter(c -> c.is(formId, key)).forEach(c -> found.add(c.action())));
        }
        return found;
    }
}
