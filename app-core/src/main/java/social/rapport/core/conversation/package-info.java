/**
 * Conversations: direct and group messages, message requests, open loops with polite endings,
 * reply rates, and the live channel that tells open pages about new messages.
 */
package social.rapport.core.conversation;
