package social.rapport.web.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import social.rapport.core.account.Caller;
import social.rapport.core.post.PostService;

/**
 * {@code /feed/image/<postId>}: a post's image, only for a viewer who may see the post
 * (otherwise 404, like no image). Cached by the browser only: who may see it can change.
 */
@WebServlet("/feed/image/*")
public class PostImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PostService posts;

    @Inject
    Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Long postId = path == null ? null : FeedPageActions.id(path.substring(1));
        Optional<PostService.Image> image = postId == null || !caller.signedIn() ? Optional.empty()
                : posts.image(postId, caller.memberId());
        if (image.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(image.get().contentType());
        response.setContentLength(image.get().bytes().length);
        response.getOutputStream().write(image.get().bytes());
    }
}
