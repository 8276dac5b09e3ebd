package social.rapport.web.recruiter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People.Person;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/** The recruiter ITs' steps: the role, jobs, applications, open-to, and forms posted as a browser (or a replaying client) would. */
final class Recruiting {

    private Recruiting() {
    }

    /** "Write about this job" on the candidate's row of the job's candidate search. */
    static Page write(Person recruiter, long job, String word, Person candidate, String text) {
        Page search = recruiter.session().get("p/recruiter/manage/candidates.xhtml?job=" + job + "&words=" + word);
        String row = "candidate-" + candidate.id();
        return postRow(recruiter.session(), search, formOf(search, row, "form.write-to"), Map.of("text", text),
                button(search, row, "input.write-submit"));
    }

    /** Applies for the Recruiter role on My roles naming the organisation; returns the application's id. */
    static long applyForRole(Person person, String organisation) throws Exception {
        person.session().submit(person.session().get("account/capabilities"), "apply-recruiter-recruiter",
                Map.of("note", "I recruit for " + organisation, "answer-organisation", organisation), "apply");
        return Db.number("select id from capability_application where member_id = ? and capability = 'recruiter.recruiter' "
                + "and status = 'PENDING'", person.id());
    }

    static void approveRole(URI base, long application, String organisation) throws Exception {
        WebSession admin = Members.admin(base);
        Page queue = admin.get("admin/capabilities");
        assertThat(queue.byId("application-" + application).orElseThrow().text()).contains(organisation);
        admin.submit(queue, "decide-" + application, Map.of("answer", "Welcome"), "approve");
    }

    static Page postJob(Person recruiter, long org, String title, String min, String max) {
        Page form = recruiter.session().get("p/recruiter/manage/post-job.xhtml?org=" + org);
        Map<String, String> fields = new HashMap<>(Map.of("title", title, "location", "Milano", "payMin", min, "payMax", max,
                "currency", "EUR", "type", "FULL_TIME", "period", "YEAR", "skills", "java", "description", ""));
        return recruiter.session().submit(form, "job", fields, "save");
    }

    static long jobId(Page jobPage) {
        return Long.parseLong(jobPage.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }

    static long apply(Person member, long job, String note) throws Exception {
        Page page = member.session().get("p/recruiter/job.xhtml?id=" + job);
        member.session().submit(page, "apply", Map.of("note", note), "submit");
        return Db.number("select id from recruiter_application where job_id = ? and member_id = ?", job, member.id());
    }

    static void openTo(Person member, String roles, String employer, String minPay) {
        openTo(member, Map.of("roles", roles, "currentEmployer", employer, "minPay", minPay, "currency", minPay.isEmpty() ? "" : "EUR"));
    }

    /** "Open to opportunities" turned on, for all recruiters, roles "Engineer", skill ROS, in Milano, with some fields changed. */
    static Page openTo(Person member, Map<String, String> changes) {
        Page page = member.session().get("p/recruiter/open-to.xhtml");
        Map<String, String> fields = new HashMap<>(Map.of("open", "true", "roles", "Engineer", "titles", "", "skills", "ROS",
                "locations", "Milano", "currentEmployer", "", "minPay", "", "currency", "", "visibleTo", "ALL"));
        fields.putAll(changes);
        return member.session().submit(page, "openTo", fields, "save");
    }

    /** Posts a row's form as a browser would, with some of its plain (unqualified) inputs replaced. */
    static Page postRow(WebSession session, Page page, String formId, Map<String, String> plain, String button) {
        Element form = page.document().getElementById(formId);
        Map<String, String> data = new java.util.LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            if (!input.attr("type").equals("submit")) {
                data.put(input.attr("name"), input.val());
            }
        }
        data.putAll(plain);
        data.put(button, "x");
        String body = data.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return session.send(java.net.http.HttpRequest.newBuilder(page.uri().resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    static String formOf(Page page, String rowId, String css) {
        return page.byId(rowId).orElseThrow().selectFirst(css).id();
    }

    static String button(Page page, String rowId, String css) {
        Element b = page.byId(rowId).orElseThrow(() -> new AssertionError("no " + rowId + ":\n" + page.text())).selectFirst(css);
        return b.attr("name");
    }

    /**
     * Posts a multipart form with one file, as a browser would, with some of its plain inputs replaced
     * (a replayed form); {@code fileField} and {@code button} are qualified names ({@code logo:file}).
     */
    static Page upload(WebSession session, Page page, String formId, Map<String, String> plain, String fileField, byte[] file,
            String button) {
        Element form = page.document().getElementById(formId);
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            if (!input.attr("type").equals("submit") && !input.attr("type").equals("file")) {
                data.put(input.attr("name"), input.val());
            }
        }
        data.putAll(plain);
        data.put(button, "x");
        String boundary = "----rapport" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        data.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"logo.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.send(HttpRequest.newBuilder(page.uri().resolve(form.attr("action")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The candidate search page's HTML for a job, words and location. */
    static String search(Person recruiter, long job, String words, String location) {
        return recruiter.session().get("p/recruiter/manage/candidates.xhtml?job=" + job + "&words=" + words + "&location=" + location).body();
    }

    /** A PNG of that size: a grey square on black. */
    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, width / 2, height / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
