package dev.ladderbench.core.data;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("core")
class DelimiterSnifferTest {

    @Test
    void europeanDecimalCommasDoNotBeatTheSemicolon() {
        assertThat(DelimiterSniffer.sniff("price;qty\n1,5;2\n2,25;3\n", true, false)).isEqualTo(';');
    }

    @Test
    void oneRaggedRowDoesNotHideTheDelimiter() {
        assertThat(DelimiterSniffer.sniff("a|b|c\n1|2|3\n1|2\n4|5|6\n", true, false)).isEqualTo('|');
    }

    @Test
    void singleColumnFallsBackToCommaOrToTabForTsv() {
        assertThat(DelimiterSniffer.sniff("value\n1\n2\n", true, false)).isEqualTo(',');
        assertThat(DelimiterSniffer.sniff("value\n1\n2\n", true, true)).isEqualTo('\t');
    }

    @Test
    void recordCutOffAtTheEndOfTheSampleIsIgnored() {
        assertThat(DelimiterSniffer.sniff("a\tb\tc\n1\t2\t3\n4\t5", false, false)).isEqualTo('\t');
    }

    @Test
    void moreFieldsWinWhenTwoCandidatesAreEquallyConsistent() {
        assertThat(DelimiterSniffer.sniff("a,b;c,d;e\n1,2;3,4;5\n", true, false)).isEqualTo(',');
        assertThat(DelimiterSniffer.sniff("a;b,c;d;e\n1;2,3;4;5\n", true, false)).isEqualTo(';');
    }
}
