/**
 * The public, versioned contract between the Rapport core and its plugins: extension points
 * that plugins implement and platform services that the core implements. Plugins import only
 * this package (an architecture test keeps it so). See docs/plugins.md.
 */
package social.rapport.spi;
