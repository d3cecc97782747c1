package org.presswatch.searchnode.icu;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import org.opensearch.common.settings.Settings;

/** Builds the ICU Normalizer2 instances the factories share, from index analysis settings. */
final class IcuNormalizers {
  private IcuNormalizers() {}

  /** {@code name} (nfc, nfkc, nfkc_cf; default nfkc_cf) and {@code mode} (compose, decompose). */
  static Normalizer2 fromSettings(Settings settings) {
    String name = settings.get("name", "nfkc_cf");
    String mode = settings.get("mode", "compose");
    if (!mode.equals("compose") && !mode.equals("decompose")) {
      throw new IllegalArgumentException("icu_normalizer mode must be compose or decompose: " + mode);
    }
    Normalizer2.Mode icuMode =
        mode.equals("compose") ? Normalizer2.Mode.COMPOSE : Normalizer2.Mode.DECOMPOSE;
    return restrict(Normalizer2.getInstance(null, name, icuMode), settings);
  }

  /** Applies {@code unicode_set_filter}, when given, so only the listed characters change. */
  static Normalizer2 restrict(Normalizer2 normalizer, Settings settings) {
    String filter = settings.get("unicode_set_filter");
    if (filter == null) return normalizer;
    UnicodeSet set = new UnicodeSet(filter);
    set.freeze();
    return new FilteredNormalizer2(normalizer, set);
  }
}
