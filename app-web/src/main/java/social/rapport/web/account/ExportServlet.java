package social.rapport.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import social.rapport.core.memberdata.MemberExport;

/** {@code /account/export.zip}: the signed-in member's data as a ZIP download (members only, see web.xml). */
@WebServlet("/account/export.zip")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"rapport-data-" + LocalDate.now() + ".zip\"");
        response.setHeader("Cache-Control", "no-store");
        export.writeMine(response.getOutputStream());
    }
}
