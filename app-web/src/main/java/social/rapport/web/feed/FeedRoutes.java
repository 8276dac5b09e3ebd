package social.rapport.web.feed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import social.rapport.core.feed.TagFeed;

/**
 * The feed's path URLs: {@code /post/<id>} shows {@code /feed/post.xhtml}, {@code /post/<id>/edit}
 * {@code /feed/edit.xhtml} and {@code /tag/<tag>} {@code /feed/tag.xhtml}, each handed the id or
 * tag as a request attribute. Anything else under /post and /tag goes on to the views (/post/report is
 * the report form); a path that names no view is a 404 there. The pages' postbacks go
 * to /feed/..., where their view-scoped beans still know what they show.
 */
@WebFilter({"/post/*", "/tag/*"})
public class FeedRoutes extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String POST_ATTRIBUTE = "social.rapport.web.feed.post";
    static final String TAG_ATTRIBUTE = "social.rapport.web.feed.tag";
    private static final Pattern POST = Pattern.compile("/post/(\\d{1,18})(/edit)?");
    private static final Pattern TAG = Pattern.compile("/tag/([^/]{1,100})");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher post = POST.matcher(path);
        if (post.matches()) {
            request.setAttribute(POST_ATTRIBUTE, Long.valueOf(post.group(1)));
            request.getRequestDispatcher(post.group(2) == null ? "/feed/post" : "/feed/edit").forward(request, response);
            return;
        }
        Matcher tag = TAG.matcher(path);
        if (tag.matches()) {
            String decoded = java.net.URLDecoder.decode(tag.group(1), java.nio.charset.StandardCharsets.UTF_8);
            if (TagFeed.normalise(decoded).isPresent()) {
                request.setAttribute(TAG_ATTRIBUTE, TagFeed.normalise(decoded).get());
                request.getRequestDispatcher("/feed/tag").forward(request, response);
                return;
            }
        }
        // other pages under /post (the report form, /post/report) are ordinary views; an unknown path is a 404 there
        chain.doFilter(request, response);
    }
}
