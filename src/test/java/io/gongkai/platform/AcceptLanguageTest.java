package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** Which language a request's Accept-Language gets: English only when it prefers en to zh. */
class AcceptLanguageTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en                         | en",
        "en-US                      | en",
        "EN-gb                      | en",
        "en-US,en;q=0.9             | en",
        "zh-CN,en;q=0.5             | zh",
        "zh-CN,zh;q=0.9,en;q=0.8    | zh",
        "en;q=0.8,zh;q=0.9          | zh",
        "en;q=0.9,zh;q=0.8          | en",
        "zh;q=0.5,en                | en",
        "en,zh                      | zh",
        "zh,en                      | zh",
        "en;q=1,zh;q=1              | zh",
        "*                          | zh",
        "en;q=0.5,*                 | zh",
        "*;q=0.5,en                 | en",
        "zh;q=0,*                   | en",
        "fr-FR,fr;q=0.9             | zh",
        "fr,en;q=0.5                | en",
        "de,zh;q=0.1                | zh",
        "en;q=0                     | zh",
        "en;q=abc                   | zh",
        "en;q=2                     | zh",
        "en;q=NaN                   | zh",
        "english please             | zh",
        "q=;;,,=;q                  | zh",
        "zh-Hant-TW,en;q=0.3        | zh",
      })
  void prefersEnglishOnlyWhenAskedToOverChinese(String header, String expected) {
    Locale negotiated = AcceptLanguage.negotiate(header);

    assertThat(negotiated.getLanguage()).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void noHeaderIsChinese(String header) {
    assertThat(AcceptLanguage.negotiate(header)).isEqualTo(Messages.CHINESE);
  }
}
