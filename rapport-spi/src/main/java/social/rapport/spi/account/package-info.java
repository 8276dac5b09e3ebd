/**
 * Account lifecycle SPI: what a plugin holds about a member reaches that member's data export,
 * and is erased when the member's account is deleted.
 */
package social.rapport.spi.account;
