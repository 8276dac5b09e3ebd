package social.rapport.core.conversation;

/** The one-click polite endings of an open loop; the sender sees the answer as a message. */
public enum Ending {
    /** "Thanks, not now": declines a request, closes the loop. */
    NOT_NOW("Thanks, not now."),
    /** "No thanks": declines a request, closes the loop. */
    NO_THANKS("No thanks."),
    /** "Let's talk later": keeps it open and brings the loop back on a chosen date. */
    LATER("Let's talk later.");

    private final String text;

    Ending(String text) {
        this.text = text;
    }

    /** The stored text (searchable); pages show the ending in the reader's language from its name. */
    public String text() {
        return text;
    }

    public boolean declinesRequest() {
        return this != LATER;
    }
}
