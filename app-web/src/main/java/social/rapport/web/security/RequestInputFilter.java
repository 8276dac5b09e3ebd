package social.rapport.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Input checks every request passes before anything reads it. First, it refuses with 400 any request whose parameters (query or form, names or values) hold a control
 * character other than tab, line feed and carriage return. No form sends them, PostgreSQL
 * refuses NUL in text ("invalid byte sequence"), and terminals or logs may act on the others:
 * one check at the edge instead of one per field. Invalid UTF-8 needs no check here: the
 * container decodes it to U+FFFD. Second, a form post that is not multipart has no parts:
 * Faces' file input asks for them whenever its field is missing, and the container's
 * "not multipart" exception would be a 500, while a browser always posts such a form as
 * multipart. Here that request simply has no file.
 */
@WebFilter("/*")
public class RequestInputFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8"); // reading parameters fixes the encoding: never the container's Latin-1
        }
        if (hasControlCharacter(request.getParameterMap())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The request holds control characters.");
            return;
        }
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        chain.doFilter(multipart ? request : new WithoutParts(request), response);
    }

    /** A request that is not multipart: no parts, instead of the container's exception. */
    private static final class WithoutParts extends HttpServletRequestWrapper {
        WithoutParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }

    static boolean hasControlCharacter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            if (hasControlCharacter(e.getKey())) {
                return true;
            }
            for (String value : e.getValue()) {
                if (hasControlCharacter(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
