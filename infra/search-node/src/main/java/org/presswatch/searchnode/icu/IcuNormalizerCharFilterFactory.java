package org.presswatch.searchnode.icu;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;
import org.opensearch.index.analysis.NormalizingCharFilterFactory;

/** icu_normalizer char filter: normalises the text before tokenising (e.g. name: nfc). */
final class IcuNormalizerCharFilterFactory extends AbstractCharFilterFactory
    implements NormalizingCharFilterFactory {
  private final Normalizer2 normalizer;

  IcuNormalizerCharFilterFactory(
      IndexSettings index, Environment env, String name, Settings settings) {
    super(index, name);
    this.normalizer = IcuNormalizers.fromSettings(settings);
  }

  @Override
  public Reader create(Reader reader) {
    return new ICUNormalizer2CharFilter(reader, normalizer);
  }
}
