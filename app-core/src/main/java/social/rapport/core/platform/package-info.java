/** Small cross-cutting pieces every feature uses: the clock, the caller. */
package social.rapport.core.platform;
