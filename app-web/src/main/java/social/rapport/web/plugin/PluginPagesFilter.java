package social.rapport.web.plugin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import social.rapport.core.plugin.PluginRegistry;

/**
 * Plugin pages live under {@code /p/<plugin-id>/} (Facelets in the plugin jar's
 * {@code META-INF/resources/p/<plugin-id>/}). While the plugin is disabled, unknown or
 * incompatible, they answer 404, exactly like a page that does not exist.
 */
@WebFilter("/p/*")
public class PluginPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    PluginRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length()); // /p/<id>/...
        String rest = path.length() > 3 ? path.substring(3) : "";
        int slash = rest.indexOf('/');
        String pluginId = slash < 0 ? rest : rest.substring(0, slash);
        if (pluginId.isEmpty() || !registry.isEnabled(pluginId)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
