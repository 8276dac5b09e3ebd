package social.rapport.plugins.sponsored.web;

import static social.rapport.plugins.sponsored.SponsoredText.PAGES;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredNotFound;
import social.rapport.plugins.sponsored.campaign.Campaign;
import social.rapport.plugins.sponsored.campaign.CampaignService;
import social.rapport.plugins.sponsored.report.CampaignReports;
import social.rapport.plugins.sponsored.report.ReportChart;
import social.rapport.plugins.sponsored.settings.Setting;
import social.rapport.plugins.sponsored.settings.SponsoredSettings;
import social.rapport.spi.platform.CurrentViewer;

/** {@code /p/sponsored/report.csv?id=}: the advertiser's per-day report of their own campaign as CSV. */
@WebServlet("/p/sponsored/report.csv")
public class ReportCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignReports reports;

    @Inject
    SponsoredSettings settings;

    @Inject
    CurrentViewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = PAGES.parseId(request.getParameter("id"));
        try {
            if (id == null) {
                throw new SponsoredNotFound("campaign");
            }
            Campaign campaign = campaigns.own(viewer.get(), id);
            byte[] csv = ReportChart.csv(reports.perDay(campaign.id(), settings.get(Setting.MIN_AUDIENCE))).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"campaign-" + campaign.id() + ".csv\"");
            response.getOutputStream().write(csv);
        } catch (SponsoredNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such campaign");
        } catch (SponsoredForbidden e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Only approved advertisers download reports");
        }
    }
}
