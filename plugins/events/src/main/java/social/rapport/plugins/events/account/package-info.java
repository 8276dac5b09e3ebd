/** The events a member's data export and account deletion reach (the account SPI's member data hook). */
package social.rapport.plugins.events.account;
