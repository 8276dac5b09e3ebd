package social.rapport.plugins.sponsored.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import social.rapport.plugins.sponsored.campaign.CampaignRepository;
import social.rapport.plugins.sponsored.delivery.DeliveryRepository;
import social.rapport.plugins.sponsored.delivery.Impression;
import social.rapport.spi.platform.CurrentViewer;

/**
 * {@code /p/sponsored/click?i=<token>}: records the first click of the member's own impression and
 * redirects to the campaign's stored landing page. The request carries only the opaque token, never
 * a URL, so this is no open redirect; an unknown token answers 404.
 */
@WebServlet("/p/sponsored/click")
public class ClickServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DeliveryRepository delivery;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CurrentViewer viewer;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Impression> impression = token(request.getParameter("i")).flatMap(delivery::impression);
        Optional<String> landing = impression.flatMap(i -> campaigns.find(i.campaignId())).map(c -> c.landingUrl());
        if (impression.isEmpty() || landing.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such ad");
            return;
        }
        Long me = viewer.get().memberId();
        if (me != null && me == impression.get().memberId()) {
            delivery.click(impression.get().token(), clock.instant());
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        response.sendRedirect(landing.get());
    }

    private static Optional<UUID> token(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
