/** A member's sponsored data in their export and its erasure with their account (the account SPI's member data hook). */
package social.rapport.plugins.sponsored.account;
