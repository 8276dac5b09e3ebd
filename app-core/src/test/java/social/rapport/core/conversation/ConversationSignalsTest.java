package social.rapport.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ConversationSignalsTest {

    @Test
    void aSignalCrossesTheClusterUnchangedEvenWithSpacesInTheName() {
        ConversationSignal signal = new ConversationSignal(Set.of(3L, 7L), 42, "typing", 5, "Ada  van der Berg");

        assertThat(ConversationSignals.decode(ConversationSignals.encode(signal))).isEqualTo(signal);
    }

    @Test
    void manyRecipientsGoInSeveralNoticesThatTogetherTellEveryone() {
        Set<Long> everyone = new HashSet<>();
        LongStream.rangeClosed(1_000_000_000_000L, 1_000_000_000_700L).forEach(everyone::add);
        ConversationSignal signal = new ConversationSignal(Set.copyOf(everyone), 9, "message", 1, "Bea");

        List<ConversationSignal> parts = ConversationSignals.split(signal);

        assertThat(parts).hasSize(3);
        Set<Long> told = new HashSet<>();
        parts.forEach(p -> told.addAll(p.recipients()));
        assertThat(told).isEqualTo(everyone);
        parts.forEach(p -> assertThat(ConversationSignals.encode(p).length()).isLessThan(7000));
    }
}
