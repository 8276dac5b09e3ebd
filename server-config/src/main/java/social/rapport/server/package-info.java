/** The run command: starts PostgreSQL (embedded unless one is configured) and Payara Micro with the WAR. */
package social.rapport.server;
