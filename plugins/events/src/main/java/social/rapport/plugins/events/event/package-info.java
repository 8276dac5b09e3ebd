/** Events themselves: creating, editing, cancelling, hosts, cover images, and who may see an event. */
package social.rapport.plugins.events.event;
