package social.rapport.plugins.events.event;

import java.time.LocalDateTime;

/**
 * What a host types in the event form, before the rules ({@link EventRules}) check it. Times are
 * wall-clock times in {@code zone}.
 */
public record EventDraft(String title, String description, LocalDateTime start, LocalDateTime end, String zone,
                         String onlineUrl, String venue, String address, Integer capacity, Visibility visibility) {
}
