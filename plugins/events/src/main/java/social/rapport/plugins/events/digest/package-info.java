/** The events plugin's section of the weekly digest: the member's events of the coming week. */
package social.rapport.plugins.events.digest;
