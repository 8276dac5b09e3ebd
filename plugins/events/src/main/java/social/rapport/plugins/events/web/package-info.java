/**
 * The plugin's pages under /p/events/: Faces beans named after the use case, thin adapters over
 * the services (which check who asks). Hidden events answer 404, forbidden actions 403.
 */
package social.rapport.plugins.events.web;
