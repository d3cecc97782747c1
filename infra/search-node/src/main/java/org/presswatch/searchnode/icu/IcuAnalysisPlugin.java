package org.presswatch.searchnode.icu;

import java.util.Map;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The ICU analysis components the PressWatch index templates use, under the names of OpenSearch's
 * analysis-icu plugin. That plugin's jar (org.opensearch.plugin:analysis-icu-client) is not on Maven
 * Central for 2.19.x, so this registers the same Lucene ICU classes itself. Only the options the
 * adapter needs are supported: icu_tokenizer (default rules), icu_folding (unicode_set_filter),
 * icu_normalizer (name, mode, unicode_set_filter) as token filter and char filter.
 */
public final class IcuAnalysisPlugin extends Plugin implements AnalysisPlugin {
  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    return Map.of("icu_normalizer", IcuNormalizerCharFilterFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        "icu_folding", IcuFoldingTokenFilterFactory::new,
        "icu_normalizer", IcuNormalizerTokenFilterFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of("icu_tokenizer", IcuTokenizerFactory::new);
  }
}
