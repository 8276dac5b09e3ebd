package social.rapport.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The run command's settings, from environment variables (or {@code -D} system properties of the
 * same name in lower case with dots, e.g. {@code -Drapport.http.port=9090}).
 */
record ServerSettings(int httpPort, Path dataDir, Optional<String> dbUrl, String dbUser, String dbPassword,
                      int embeddedDbPort, String jvmOptions, ClusterSettings cluster) {

    static ServerSettings from(Map<String, String> env) {
        return new ServerSettings(
                port(env, "RAPPORT_HTTP_PORT", 8080),
                Path.of(value(env, "RAPPORT_DATA_DIR").orElse("data")).toAbsolutePath(),
                value(env, "RAPPORT_DB_URL"),
                value(env, "RAPPORT_DB_USER").orElse("postgres"),
                value(env, "RAPPORT_DB_PASSWORD").orElse(""),
                port(env, "RAPPORT_EMBEDDED_DB_PORT", 54320),
                value(env, "RAPPORT_JVM_OPTIONS").orElse("-Xmx1g"),
                ClusterSettings.from(env));
    }

    static int port(Map<String, String> env, String name, int fallback) {
        Optional<String> raw = value(env, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(raw.get());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new StartupProblem(name + " must be a port number from 1 to 65535, not '" + raw.get() + "'");
    }

    static Optional<String> value(Map<String, String> env, String name) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        String raw = property != null ? property : env.get(name);
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }
}
