package social.rapport.web.profile;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import social.rapport.core.profile.ProfileService;

/**
 * {@code /profile/skills?q=jav}: existing skills matching what a member types on the edit page,
 * as a JSON array of names, best first (members only, like the edit page).
 */
@WebServlet("/profile/skills")
public class SkillSuggestions extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 8;

    @Inject
    ProfileService profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        List<String> names = q == null || q.length() > 60 ? List.of() : profiles.suggestSkills(q, LIMIT);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "private, max-age=60");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(names.stream().map(SkillSuggestions::json).collect(Collectors.joining(",", "[", "]")));
    }

    /** A JSON string literal. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
