/** Connections between members: invitations with context, connections, follows, blocks, reports, suggestions. */
package social.rapport.core.connection;
