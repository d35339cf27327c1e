package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "SPRINGFIELD (WXYZ) - The city council met on Monday night.|SPRINGFIELD (WXYZ) -|Springfield|-|WXYZ|-",
        "DOVER, Del. (WDEL) — Lawmakers returned to the capitol today.|DOVER, Del. (WDEL) —|Dover|Delaware|WDEL|-",
        "BOISE, Idaho (AP) — A wildfire grew overnight near the city.|BOISE, Idaho (AP) —|Boise|Idaho|AP|-",
        "PARIS, March 2 (Reuters) - French shares rose in early trade.|PARIS, March 2 (Reuters) -|Paris|-|Reuters|March 2",
        "CHICAGO, March 2 - Soybean futures closed higher on Friday.|CHICAGO, March 2 -|Chicago|-|-|March 2",
        "(CNN) -- A storm system moved across the plains on Tuesday.|(CNN) --|-|-|CNN|-",
        "SALT LAKE CITY — Utah lawmakers passed the budget on Friday.|SALT LAKE CITY —|Salt Lake City|-|-|-",
        "ST. LOUIS, Mo. – The team signed a new pitcher this week.|ST. LOUIS, Mo. –|St. Louis|Missouri|-|-",
        "NEW YORK and CHICAGO (December 22, 2013) — Two firms agreed to merge.|NEW YORK and CHICAGO (December 22, 2013) —|New York and Chicago|-|-|December 22, 2013",
        "TAMPA, Fla., March 2 - Qtly div 35 cts vs 35 cts prior|TAMPA, Fla., March 2 -|Tampa|Florida|-|March 2",
        "RICHMOND, Va. Feb 26 - Qtly div eight cts vs 7.5 cts prior|RICHMOND, Va. Feb 26 -|Richmond|Virginia|-|Feb 26",
        "Hartford, Conn. — The mayor announced a new budget plan today.|Hartford, Conn. —|Hartford|Connecticut|-|-",
        "BAGHDAD, Iraq (AP) — Officials said the talks would resume.|BAGHDAD, Iraq (AP) —|Baghdad|Iraq|AP|-",
    })
    void readsDatelineShapes(String text, String dateline, String city, String region, String outlet, String date) {
        Optional<DatelineFinder.Match> m = DatelineFinder.find(text);
        assertThat(m).isPresent();
        assertThat(text.substring(0, m.get().end())).isEqualTo(dateline);
        assertThat(m.get().city()).isEqualTo(city);
        assertThat(m.get().region()).isEqualTo(region);
        assertThat(m.get().outlet()).isEqualTo(outlet);
        assertThat(m.get().date()).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The company - which was founded in 1990 - said profits rose.",
        "Police said the suspect - a man in his 40s - fled on foot.",
        "Mayor Jane Smith — who took office last year — spoke on Monday.",
        "BONUS WHEAT FLOUR FOR NORTH YEMEN -- USDA",
        "ECONOMIC SPOTLIGHT - JAPAN EYEING FOREIGN STOCKS",
        "Sales rose 5 percent in the quarter, the company said.",
        "Smith, the mayor — said nothing more.",
        ", - x y z",
    })
    void findsNoDatelineInOrdinaryText(String text) {
        assertThat(DatelineFinder.find(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void emptyTextHasNoDateline() {
        assertThat(DatelineFinder.find("")).isEmpty();
    }
}
