/**
 * Conversations: a plugin writes to a member through the core's messages (a message request when
 * they are not connected) and learns whether its messages were answered.
 *
 * @since 2 (minor addition)
 */
package social.rapport.spi.conversation;
