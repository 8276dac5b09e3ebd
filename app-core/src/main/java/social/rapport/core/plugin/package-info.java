/**
 * The plugin platform: discovering installed plugins, persisting which are enabled, handing out
 * only enabled plugins' extensions, and calling them in isolation.
 */
package social.rapport.core.plugin;
