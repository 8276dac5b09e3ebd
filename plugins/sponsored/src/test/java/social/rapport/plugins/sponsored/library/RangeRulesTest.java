package social.rapport.plugins.sponsored.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RangeRulesTest {

    @Test
    void figuresBecomeRanges() {
        assertThat(RangeRules.range(0)).isEqualTo("0");
        assertThat(RangeRules.range(1)).isEqualTo("1\u2013999");
        assertThat(RangeRules.range(999)).isEqualTo("1\u2013999");
        assertThat(RangeRules.range(1000)).isEqualTo("1,000\u20139,999");
        assertThat(RangeRules.range(123_456)).isEqualTo("100,000\u2013999,999");
    }
}
