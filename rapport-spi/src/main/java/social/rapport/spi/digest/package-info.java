/**
 * Digest SPI: what a plugin adds to a member's weekly "catch up" mail (for example the events
 * they go to in the coming week).
 */
package social.rapport.spi.digest;
