/**
 * What one instance tells every instance of a cluster, through PostgreSQL {@code LISTEN/NOTIFY}:
 * each instance listens on one channel and hands what it hears to local observers (live pages
 * on its own websockets, for example). Works the same with one instance or many.
 */
package social.rapport.core.cluster;
