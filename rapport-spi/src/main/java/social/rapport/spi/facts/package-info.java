/** Member facts with consent: purposes a plugin declares, members' answers, and the facts a purpose may read. */
package social.rapport.spi.facts;
