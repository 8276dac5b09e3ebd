package social.rapport.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import social.rapport.web.search.SearchData.Viewer;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * People search over HTTP on the real WAR and PostgreSQL: accents, typos, what a search
 * matches, visibility, blocks, suspension, keyset pages, and members only.
 */
@RapportIT
@RunAsClient
class SearchIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins("search.war");
    }

    URI base() throws Exception {
        return base.toURI();
    }

    @AfterEach
    void forgetSignInAttempts() throws Exception {
        // every test signs in from 127.0.0.1; keep the per-address throttle out of the way
        Db.execute("delete from sign_in_attempt");
    }

    static Page search(WebSession session, String query) {
        return session.get("search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    static List<Long> found(Page page) {
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return page.document().select("#results li.person").stream().map(e -> Long.valueOf(e.attr("data-member"))).toList();
    }

    @Test
    void findsNamesWhateverTheAccentsAndCase() throws Exception {
        String surname = SearchData.token();
        long jose = SearchData.member("José Ñúñez" + surname);
        Viewer viewer = SearchData.viewer(base(), "Vera");

        assertThat(found(search(viewer.session(), "jose nunez" + surname))).containsExactly(jose);
        assertThat(found(search(viewer.session(), "JOSÉ NÚÑEZ" + surname.toUpperCase()))).containsExactly(jose);
        assertThat(found(search(viewer.session(), "Nunez" + surname))).containsExactly(jose);
    }

    @Test
    void findsNamesDespiteATypoOrWhenOnlyTheStartIsTyped() throws Exception {
        String surname = "Scarpellini" + SearchData.token();
        long gianfranco = SearchData.member("Gianfranco " + surname);
        Viewer viewer = SearchData.viewer(base(), "Tina");
        String typo = surname.substring(0, 5) + surname.substring(6); // one letter missing

        assertThat(found(search(viewer.session(), "Gianfranco " + typo))).contains(gianfranco);
        assertThat(found(search(viewer.session(), "gianf " + surname.substring(0, 14)))).contains(gianfranco);
    }

    @Test
    void matchesHeadlineSkillOrganisationAndLocation() throws Exception {
        String headline = SearchData.token();
        String skill = SearchData.token();
        String organisation = SearchData.token();
        String location = SearchData.token();
        String school = SearchData.token();
        long member = SearchData.member("Ilaria Conti");
        SearchData.profile(member, "Lead " + headline + " engineer", location.toUpperCase() + " City");
        SearchData.skill(member, skill);
        SearchData.experience(member, "Engineer", organisation + " S.p.A.");
        Db.execute("insert into education (member_id, school) values (?, ?)", member, "Politecnico " + school);
        long other = SearchData.member("Ilaria Conti");
        Viewer viewer = SearchData.viewer(base(), "Ugo");

        for (String word : List.of(headline, skill, organisation, location, school)) {
            assertThat(found(search(viewer.session(), word))).as(word).containsExactly(member);
        }
        assertThat(found(search(viewer.session(), "ilaria " + skill))).containsExactly(member).doesNotContain(other);

        Page page = search(viewer.session(), headline);
        Element result = page.document().getElementById("person-" + member);
        assertThat(result.selectFirst(".person-name").text()).isEqualTo("Ilaria Conti");
        assertThat(result.selectFirst(".person-name").attr("href")).startsWith("/in/h-" + member + "-");
        assertThat(result.selectFirst(".person-headline").text()).isEqualTo("Lead " + headline + " engineer");
        assertThat(result.selectFirst(".person-location").text()).isEqualTo(location.toUpperCase() + " City");
    }

    @Test
    void aMemberWithoutAProfileIsFoundByNameAndLinksToTheMemberPage() throws Exception {
        String surname = SearchData.token();
        long member = SearchData.member("Bruno " + surname);
        Viewer viewer = SearchData.viewer(base(), "Olga");

        Element result = search(viewer.session(), "bruno " + surname).document().getElementById("person-" + member);
        assertThat(result.selectFirst(".person-name").attr("href")).isEqualTo("/network/member.xhtml?id=" + member);
        assertThat(result.select(".person-headline")).isEmpty();
    }

    @Test
    void connectionsOnlyPartsMatchAndShowForConnectionsOnly() throws Exception {
        String skill = SearchData.token();
        String headline = SearchData.token();
        String surname = SearchData.token();
        long owner = SearchData.member("Carla " + surname);
        SearchData.profile(owner, "Head of " + headline, "Bari");
        SearchData.skill(owner, skill);
        SearchData.visibility(owner, "skills_visibility", "CONNECTIONS");
        SearchData.visibility(owner, "headline_visibility", "CONNECTIONS");
        Viewer stranger = SearchData.viewer(base(), "Sara");
        Viewer friend = SearchData.viewer(base(), "Franco");
        SearchData.connect(owner, friend.id());

        assertThat(found(search(stranger.session(), skill))).isEmpty();
        assertThat(found(search(stranger.session(), headline))).isEmpty();
        Page byName = search(stranger.session(), "carla " + surname);
        assertThat(found(byName)).containsExactly(owner);
        assertThat(byName.text()).doesNotContain(headline).contains("Bari");

        assertThat(found(search(friend.session(), skill))).containsExactly(owner);
        Page friendView = search(friend.session(), headline);
        assertThat(found(friendView)).containsExactly(owner);
        assertThat(friendView.document().getElementById("person-" + owner).text()).contains("Head of " + headline);

        // Making the part visible to members makes it match for everyone at once (the trigger).
        SearchData.visibility(owner, "skills_visibility", "MEMBERS");
        assertThat(found(search(stranger.session(), skill))).containsExactly(owner);
    }

    @Test
    void blockedMembersNeverAppearWhoeverBlocked() throws Exception {
        String surname = SearchData.token();
        long blockedByViewer = SearchData.member("Anna " + surname);
        long blockerOfViewer = SearchData.member("Anna " + surname);
        long free = SearchData.member("Anna " + surname);
        Viewer viewer = SearchData.viewer(base(), "Paolo");
        Viewer bystander = SearchData.viewer(base(), "Rita");
        SearchData.block(viewer.id(), blockedByViewer);
        SearchData.block(blockerOfViewer, viewer.id());

        assertThat(found(search(viewer.session(), "anna " + surname))).containsExactly(free);
        assertThat(found(search(bystander.session(), "anna " + surname)))
                .containsExactlyInAnyOrder(blockedByViewer, blockerOfViewer, free);
    }

    @Test
    void suspendedMembersNeverAppear() throws Exception {
        String surname = SearchData.token();
        long suspended = SearchData.member("Marta " + surname);
        long active = SearchData.member("Marta " + surname);
        Viewer viewer = SearchData.viewer(base(), "Luca");
        assertThat(found(search(viewer.session(), "marta " + surname))).containsExactlyInAnyOrder(suspended, active);

        Db.execute("update member set suspended = true where id = ?", suspended);

        assertThat(found(search(viewer.session(), "marta " + surname))).containsExactly(active);
    }

    @Test
    void pagesFollowACursorAndReturnEveryMatchOnce() throws Exception {
        String skill = SearchData.token();
        Set<Long> members = new HashSet<>();
        for (int i = 0; i < 47; i++) {
            long member = SearchData.member("Paginato Numero" + i);
            SearchData.profile(member, i % 3 == 0 ? "Expert in " + skill : "Engineer", "Roma");
            SearchData.skill(member, skill);
            members.add(member);
        }
        Viewer viewer = SearchData.viewer(base(), "Nadia");

        List<Long> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Page page = search(viewer.session(), skill);
        while (true) {
            List<Long> ids = found(page);
            seen.addAll(ids);
            sizes.add(ids.size());
            Element more = page.document().getElementById("search-more");
            if (more == null) {
                break;
            }
            assertThat(more.attr("href")).contains("after=").doesNotContain("offset");
            page = viewer.session().get(more.attr("href").substring(1));
        }

        assertThat(sizes).containsExactly(20, 20, 7);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(members);
        // better matches first: the headline mentions the skill for every third member
        assertThat(Db.number("select count(*) from profile where member_id = any(?) and headline like 'Expert%'",
                (Object) seen.subList(0, 16).toArray(Long[]::new))).isEqualTo(16);
    }

    @Test
    void emptyShortAndOverlongQueriesGetAClearMessage() throws Exception {
        Viewer viewer = SearchData.viewer(base(), "Elsa");

        assertThat(search(viewer.session(), "   ").byId("search-problem").orElseThrow().text()).contains("Type what you are looking for");
        assertThat(search(viewer.session(), "a").byId("search-problem").orElseThrow().text()).contains("at least 2");
        assertThat(search(viewer.session(), "x".repeat(101)).byId("search-problem").orElseThrow().text()).contains("at most 100");
        Page blank = viewer.session().get("search");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.byId("search-problem")).isEmpty();
        assertThat(blank.byId("search-q")).isPresent();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        Page page = new WebSession(base()).get("search?q=rossi");

        assertThat(page.uri().getPath()).isEqualTo("/signin");
        assertThat(page.byId("results")).isEmpty();
    }
}
