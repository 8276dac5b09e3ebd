package social.rapport.web.plugin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import social.rapport.core.account.Caller;
import social.rapport.core.page.PageAccessRules;
import social.rapport.core.page.PluginPages;
import social.rapport.core.plugin.PluginRegistry;
import social.rapport.spi.page.PageRule;

/**
 * Plugin pages live under {@code /p/<plugin-id>/} (Facelets in the plugin jar's
 * {@code META-INF/resources/p/<plugin-id>/}). The core enforces their access before they run:
 * while the plugin is disabled, unknown or incompatible they answer 404, exactly like a page that
 * does not exist; an anonymous visitor on a page for members, capability holders or admins is
 * sent to sign in (and back); a member without the right gets 403. The rules are the plugin's
 * {@link social.rapport.spi.page.PageProvider} declarations, read per request, so a revoked
 * capability or admin role is turned away at once.
 */
@WebFilter("/p/*")
public class PluginPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    PluginRegistry registry;

    @Inject
    PluginPages pages;

    @Inject
    Caller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length()); // /p/<id>/...
        String pluginId = PageAccessRules.pluginOf(path);
        if (pluginId.isEmpty() || !registry.isEnabled(pluginId)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PageRule rule = pages.ruleFor(pluginId, path);
        boolean allowed = switch (rule.access()) {
            case PUBLIC -> true;
            case MEMBERS -> caller.signedIn();
            case CAPABILITY -> caller.signedIn() && caller.capabilities().contains(rule.capability());
            case ADMIN -> caller.isAdmin();
        };
        if (allowed) {
            chain.doFilter(request, response);
        } else if (!caller.signedIn()) {
            // Jakarta Security's login-to-continue: saves the request, shows /signin, comes back here.
            if (request.authenticate(response)) {
                String query = request.getQueryString();
                response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            } else if (!response.isCommitted()) {
                response.sendRedirect(request.getContextPath() + "/signin");
            }
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
