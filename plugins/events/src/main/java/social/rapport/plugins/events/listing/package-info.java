/** Lists of events (upcoming in my network, hosting, attending, past) and search, paged by keyset. */
package social.rapport.plugins.events.listing;
