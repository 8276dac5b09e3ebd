package social.rapport.web.profile;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import social.rapport.core.account.Caller;
import social.rapport.core.profile.PhotoService;

/**
 * {@code /photos/<memberId>/<size>?v=<version>}: a profile photo from the database, if the
 * viewer may see it; otherwise 404, so that a withheld photo looks like no photo. The version
 * in the URL changes with every new photo, so a response may be cached for long; photos shared
 * with fewer than everyone are cached by the browser only.
 */
@WebServlet("/photos/*")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PhotoService photos;

    @Inject
    Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        long owner;
        int size;
        try {
            if (path.length != 3 || !path[0].isEmpty()) {
                throw new NumberFormatException();
            }
            owner = Long.parseLong(path[1]);
            size = Integer.parseInt(path[2]);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long viewer = caller.member().map(m -> m.getId()).orElse(null);
        Optional<PhotoService.Photo> found = photos.photo(owner, size, viewer);
        if (found.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PhotoService.Photo photo = found.get();
        String etag = "\"" + owner + "-" + size + "-" + photo.version() + "\"";
        boolean current = String.valueOf(photo.version()).equals(request.getParameter("v"));
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!current) {
            response.setHeader("Cache-Control", "private, no-cache");
        } else if (photo.forEveryone()) {
            response.setHeader("Cache-Control", "public, max-age=86400");
        } else {
            response.setHeader("Cache-Control", "private, max-age=3600");
        }
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(photo.contentType());
        response.setContentLength(photo.bytes().length);
        response.getOutputStream().write(photo.bytes());
    }
}
