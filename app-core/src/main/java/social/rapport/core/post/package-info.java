/** Writing posts, comments (one level of replies), reactions and reshares, with their rules, mentions and hashtags. */
package social.rapport.core.post;
