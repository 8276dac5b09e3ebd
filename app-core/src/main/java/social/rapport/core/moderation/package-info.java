/**
 * Moderation of what members write: reports about posts and comments, the admin queue they share
 * with member reports, the admin actions on them (dismiss, remove, warn, suspend) and their log.
 */
package social.rapport.core.moderation;
