/** The weekly "catch up" digest mail: what is waiting for a member, from the core and from plugins, and the job that sends it. */
package social.rapport.core.digest;
