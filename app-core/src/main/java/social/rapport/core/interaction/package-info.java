/** Who interacted with whom and when last: recorded by features and plugins, read by the feed's ranking and "Keep in touch". */
package social.rapport.core.interaction;
