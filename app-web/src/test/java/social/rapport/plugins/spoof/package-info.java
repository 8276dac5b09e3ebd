/** A test-only plugin in a jar of its own, whose extension lies about its plugin id (PluginPlatformIT). */
package social.rapport.plugins.spoof;
