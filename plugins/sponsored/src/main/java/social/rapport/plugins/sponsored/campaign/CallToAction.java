package social.rapport.plugins.sponsored.campaign;

/** The fixed list of buttons an ad may carry (labels in the plugin's bundle as {@code sponsored.cta.<NAME>}). */
public enum CallToAction {
    LEARN_MORE, SIGN_UP, REGISTER, APPLY, DOWNLOAD, CONTACT_US
}
