package social.rapport.plugins.sponsored.web;

import static social.rapport.plugins.sponsored.SponsoredText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import social.rapport.plugins.sponsored.library.AdLibrary;
import social.rapport.plugins.sponsored.library.LibraryEntry;

/** {@code /p/sponsored/library.xhtml} (public): the ad library, searchable by advertiser, in keyset pages ({@code before=<id>}). */
@Named
@ViewScoped
public class LibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdLibrary library;

    private String q;
    private String before;
    private List<LibraryEntry> entries = List.of();
    private String nextHref;

    public void load() {
        List<LibraryEntry> rows = library.page(q == null ? null : q.length() > 120 ? q.substring(0, 120) : q, PAGES.parseId(before), PAGES.locale());
        entries = rows.size() > AdLibrary.PAGE ? rows.subList(0, AdLibrary.PAGE) : rows;
        if (rows.size() > AdLibrary.PAGE) {
            nextHref = "/p/sponsored/library.xhtml?before=" + entries.get(entries.size() - 1).id()
                    + (q == null || q.isBlank() ? "" : "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getBefore() { return before; }
    public void setBefore(String before) { this.before = before; }
    public List<LibraryEntry> getEntries() { return entries; }
    public String getNextHref() { return nextHref; }
}
