package social.rapport.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether and how this instance joins a cluster of Rapport instances (Payara Micro's Hazelcast,
 * which replicates the web sessions). Without {@code RAPPORT_CLUSTER_NAME} the instance runs alone
 * ({@code --nocluster}), as before. With it, members find each other only through the list in
 * {@code RAPPORT_CLUSTER_MEMBERS} (TCP/IP discovery): multicast is never used, so two clusters on
 * one network never join by accident.
 */
record ClusterSettings(Optional<String> name, List<String> members, int port, Optional<String> interfaces, boolean hostAware) {

    private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._\\-]{1,100}");

    static ClusterSettings from(Map<String, String> env) {
        Optional<String> name = ServerSettings.value(env, "RAPPORT_CLUSTER_NAME");
        if (name.isEmpty()) {
            return new ClusterSettings(name, List.of(), 5900, Optional.empty(), true);
        }
        if (!NAME.matcher(name.get()).matches()) {
            throw new StartupProblem("RAPPORT_CLUSTER_NAME may hold letters, digits, '.', '_' and '-' only, not '" + name.get() + "'");
        }
        List<String> members = new ArrayList<>();
        for (String member : ServerSettings.value(env, "RAPPORT_CLUSTER_MEMBERS").orElse("").split(",")) {
            if (!member.isBlank()) {
                if (!MEMBER.matcher(member.strip()).matches()) {
                    throw new StartupProblem("RAPPORT_CLUSTER_MEMBERS lists host:port pairs separated by commas; '" + member.strip() + "' is not one");
                }
                members.add(member.strip());
            }
        }
        if (members.isEmpty()) {
            throw new StartupProblem("RAPPORT_CLUSTER_NAME is set, so RAPPORT_CLUSTER_MEMBERS must list the cluster's members "
                    + "(host:port of each instance's cluster port, e.g. 10.0.0.1:5900,10.0.0.2:5900); multicast discovery is off");
        }
        int port = ServerSettings.port(env, "RAPPORT_CLUSTER_PORT", 5900);
        boolean hostAware = !"false".equalsIgnoreCase(ServerSettings.value(env, "RAPPORT_CLUSTER_HOST_AWARE").orElse("true"));
        return new ClusterSettings(name, List.copyOf(members), port, ServerSettings.value(env, "RAPPORT_CLUSTER_INTERFACE"), hostAware);
    }

    /**
     * Pre-boot commands beyond {@code pre-boot-commands.asadmin}, which keeps the web sessions of
     * an instance alone as plain objects in memory (session availability off: with it on, the
     * {@code <distributable/>} WAR's sessions were serialized into an unclustered store after each
     * request and read back before the next, a third of {@code /home}'s CPU time,
     * docs/performance.md). A clustered instance turns availability back on: its sessions are
     * replicated, as they must be.
     */
    List<String> preBootCommands() {
        if (name.isEmpty()) {
            return List.of();
        }
        return List.of(SESSION_AVAILABILITY_ON);
    }

    static final String SESSION_AVAILABILITY_ON =
            "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=true";

    /** The Payara Micro options that say it. */
    List<String> payaraOptions() {
        if (name.isEmpty()) {
            return List.of("--nocluster");
        }
        List<String> options = new ArrayList<>(List.of("--clustername", name.get(),
                "--clustermode", "tcpip:" + String.join(",", members),
                "--startport", String.valueOf(port)));
        interfaces.ifPresent(i -> options.addAll(List.of("--interfaces", i)));
        if (!hostAware) {
            options.add("--nohostaware"); // all members on one machine: keep backups of sessions on the other members anyway
        }
        return options;
    }
}
