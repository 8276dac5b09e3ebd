package social.rapport.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import social.rapport.core.memberdata.ExportRequests;

/**
 * {@code /account/export.zip}: the signed-in member's prepared export (members only, see
 * web.xml). Without one ready, or once its 7 days are over, back to {@code /account/data},
 * which says where the export stands and offers to prepare a new one.
 */
@WebServlet("/account/export.zip")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ExportRequests exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> zip = exports.download();
        if (zip.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/account/data?export=unavailable");
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"rapport-data-" + LocalDate.now() + ".zip\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(zip.get().length);
        response.getOutputStream().write(zip.get());
    }
}
