package social.rapport.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import social.rapport.core.account.SignInThrottle;
import social.rapport.core.platform.ClientAddress;

/** Answers 429 to sign-in submissions from an address that has used up its attempts for the minute. */
@WebFilter(urlPatterns = {"/signin", "/signin.xhtml"})
public class SignInRateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && throttle.addressExceeded(clientAddress.of(request))) {
            response.setHeader("Retry-After", "60");
            response.sendError(TOO_MANY_REQUESTS, "Too many sign-in attempts from this address; try again in a minute.");
            return;
        }
        chain.doFilter(request, response);
    }
}
