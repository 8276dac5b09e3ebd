package social.rapport.spi.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import social.rapport.spi.error.NotFound;

/**
 * What a plugin's image address shares (SPI 2, minor addition): it answers the JPEG that {@link #jpeg} finds for
 * this request, or 404 when there is none, the id is not a number, or {@code jpeg} throws
 * {@link NotFound} (so "not yours to see" and "missing" look the same). The answer is
 * {@code image/jpeg} with {@code nosniff} and a private cache of 5 minutes. A plugin extends it
 * with {@code @WebServlet("/p/<id>/...")} and injects what it needs; the core's page rules apply
 * to the address as to any plugin page.
 */
public abstract class JpegServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The JPEG bytes to answer, or empty for a 404; a malformed id may throw {@link NumberFormatException}. */
    protected abstract Optional<byte[]> jpeg(HttpServletRequest request);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> jpeg;
        try {
            jpeg = jpeg(request);
        } catch (NumberFormatException | NotFound e) {
            jpeg = Optional.empty();
        }
        if (jpeg.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(jpeg.get().length);
        response.getOutputStream().write(jpeg.get());
    }

    /** The request parameter {@code name} as an id; {@link NumberFormatException} (a 404) when absent or not a number. */
    protected static long idParam(HttpServletRequest request, String name) {
        return Long.parseLong(String.valueOf(request.getParameter(name)));
    }
}
