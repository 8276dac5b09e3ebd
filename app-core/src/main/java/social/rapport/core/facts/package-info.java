/** Member facts with consent: plugins' declared purposes, members' answers, and the facts each purpose may read. */
package social.rapport.core.facts;
