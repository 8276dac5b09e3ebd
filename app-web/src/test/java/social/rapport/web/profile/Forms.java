package social.rapport.web.profile;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * Faces forms submitted the way a browser submits them, including what WebSession.submit leaves
 * out: text areas, selects, unchecked checkboxes (not sent) and file uploads (multipart).
 */
final class Forms {

    private Forms() {
    }

    /** A file to upload. */
    record Upload(String field, String filename, String contentType, byte[] bytes) {
    }

    /** What the browser would send for this form before the person changes anything. */
    static Map<String, String> fields(Page page, String formId) {
        Element form = form(page, formId);
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            switch (input.tagName()) {
                case "textarea" -> data.put(name, input.wholeText());
                case "select" -> {
                    Element selected = input.selectFirst("option[selected]");
                    if (selected == null) {
                        selected = input.selectFirst("option");
                    }
                    if (selected != null) {
                        data.put(name, selected.hasAttr("value") ? selected.attr("value") : selected.text());
                    }
                }
                default -> {
                    String type = input.attr("type").toLowerCase();
                    if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("file")
                            || type.equals("reset")) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                        continue;
                    }
                    data.put(name, input.hasAttr("value") ? input.attr("value") : (type.equals("checkbox") ? "on" : ""));
                }
            }
        }
        return data;
    }

    /**
     * Submits the form with some fields changed (short ids like {@code headline} or
     * {@code experience:0:title}; a null value leaves the field out, e.g. an unchecked box),
     * pressing {@code button}.
     */
    static Page post(WebSession session, Page page, String formId, Map<String, String> changes, String button) {
        Map<String, String> data = data(page, formId, changes, button);
        String body = data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return session.send(HttpRequest.newBuilder(action(page, formId))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Clicks an h:commandLink (Faces submits its form with the link's id as a parameter). */
    static Page clickLink(WebSession session, Page page, String formId, String linkId) {
        Map<String, String> data = fields(page, formId);
        String id = qualified(formId, linkId);
        data.put(id, id);
        String body = data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return session.send(HttpRequest.newBuilder(action(page, formId))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Presses a button of a multipart form without choosing a file (the browser then sends an empty file part). */
    static Page postMultipart(WebSession session, Page page, String formId, String fileField, String button) {
        return upload(session, page, formId, new Upload(fileField, "", "application/octet-stream", new byte[0]), button);
    }

    /** Submits a multipart form with one file. */
    static Page upload(WebSession session, Page page, String formId, Upload file, String button) {
        Map<String, String> data = data(page, formId, Map.of(), button);
        String boundary = "----rapport" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        data.forEach((name, value) -> {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            write(body, value + "\r\n");
        });
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + qualified(formId, file.field())
                + "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
        body.writeBytes(file.bytes());
        write(body, "\r\n--" + boundary + "--\r\n");
        return session.send(HttpRequest.newBuilder(action(page, formId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static Map<String, String> data(Page page, String formId, Map<String, String> changes, String button) {
        Map<String, String> data = fields(page, formId);
        changes.forEach((name, value) -> {
            if (value == null) {
                data.remove(qualified(formId, name));
            } else {
                data.put(qualified(formId, name), value);
            }
        });
        String buttonName = qualified(formId, button);
        Element pressed = form(page, formId).selectFirst("[name=\"" + buttonName + "\"]");
        if (pressed == null) {
            throw new AssertionError("no button " + buttonName + " in form " + formId + " on " + page.uri() + ":\n" + page.text());
        }
        data.put(buttonName, pressed.val());
        return data;
    }

    private static Element form(Page page, String formId) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form " + formId + " on " + page.uri() + " (" + page.status() + "):\n" + page.text());
        }
        return form;
    }

    private static URI action(Page page, String formId) {
        return page.uri().resolve(form(page, formId).attr("action"));
    }

    static String qualified(String formId, String name) {
        return name.startsWith(formId + ":") ? name : formId + ":" + name;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
