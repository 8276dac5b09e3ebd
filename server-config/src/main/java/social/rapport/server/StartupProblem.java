package social.rapport.server;

/**
 * Why the run command cannot start, in one line that says what to do about it. The launcher
 * prints the message and exits instead of showing a stack trace.
 */
final class StartupProblem extends RuntimeException {

    StartupProblem(String message) {
        super(message, null, false, false);
    }

    /** The first line of an exception's message (JDBC and I/O messages can run over several). */
    static String firstLine(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse(message).strip();
    }
}
