/** Reading and composing feeds: the ranked home feed with keyset pages, tag pages, hide and mute, and the Feed SPI policy. */
package social.rapport.core.feed;
