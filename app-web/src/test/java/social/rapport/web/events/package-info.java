/** Integration and browser tests of the events plugin, deployed in the real WAR. */
package social.rapport.web.events;
