package social.rapport.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The run command's settings, from environment variables (or {@code -D} system properties of the
 * same name in lower case with dots, e.g. {@code -Drapport.http.port=9090}).
 */
record ServerSettings(int httpPort, Path dataDir, Optional<String> dbUrl, String dbUser, String dbPassword,
                      int embeddedDbPort, String jvmOptions) {

    static ServerSettings from(Map<String, String> env) {
        return new ServerSettings(
                Integer.parseInt(value(env, "RAPPORT_HTTP_PORT").orElse("8080")),
                Path.of(value(env, "RAPPORT_DATA_DIR").orElse("data")).toAbsolutePath(),
                value(env, "RAPPORT_DB_URL"),
                value(env, "RAPPORT_DB_USER").orElse("postgres"),
                value(env, "RAPPORT_DB_PASSWORD").orElse(""),
                Integer.parseInt(value(env, "RAPPORT_EMBEDDED_DB_PORT").orElse("54320")),
                value(env, "RAPPORT_JVM_OPTIONS").orElse("-Xmx1g"));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        String raw = property != null ? property : env.get(name);
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }
}
