/**
 * Test-only plugins, deployed with the real WAR by the integration tests (never shipped):
 * {@code probe} (a well-behaved plugin with a menu entry, a page and a table), {@code faulty}
 * (one extension that throws, one that hangs, one that works) and {@code future} (needs an SPI
 * version the core does not offer). They import only social.rapport.spi, like a real plugin.
 */
package social.rapport.plugins.probe;
