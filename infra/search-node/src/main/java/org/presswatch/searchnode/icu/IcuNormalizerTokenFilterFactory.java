package org.presswatch.searchnode.icu;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;

/** icu_normalizer token filter: Unicode normalisation of each token (default nfkc_cf). */
final class IcuNormalizerTokenFilterFactory extends AbstractTokenFilterFactory
    implements NormalizingTokenFilterFactory {
  private final Normalizer2 normalizer;

  IcuNormalizerTokenFilterFactory(
      IndexSettings index, Environment env, String name, Settings settings) {
    super(index, name, settings);
    this.normalizer = IcuNormalizers.fromSettings(settings);
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new ICUNormalizer2Filter(tokenStream, normalizer);
  }
}
