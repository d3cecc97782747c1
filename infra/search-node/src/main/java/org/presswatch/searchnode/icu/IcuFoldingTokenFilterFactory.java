package org.presswatch.searchnode.icu;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;

/** icu_folding: NFKC case folding plus UTR#30 diacritic folding (đ → d, ả → a). */
final class IcuFoldingTokenFilterFactory extends AbstractTokenFilterFactory
    implements NormalizingTokenFilterFactory {
  private final Normalizer2 normalizer;

  IcuFoldingTokenFilterFactory(IndexSettings index, Environment env, String name, Settings settings) {
    super(index, name, settings);
    this.normalizer = IcuNormalizers.restrict(ICUFoldingFilter.NORMALIZER, settings);
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new ICUFoldingFilter(tokenStream, normalizer);
  }
}
