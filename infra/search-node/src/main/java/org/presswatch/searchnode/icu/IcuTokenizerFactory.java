package org.presswatch.searchnode.icu;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenizerFactory;

/** icu_tokenizer: UAX#29 word boundaries with dictionary segmentation for CJK, Thai, Myanmar. */
final class IcuTokenizerFactory extends AbstractTokenizerFactory {
  IcuTokenizerFactory(IndexSettings index, Environment env, String name, Settings settings) {
    super(index, settings, name);
  }

  @Override
  public Tokenizer create() {
    // Same defaults as OpenSearch's analysis-icu: CJK and Myanmar segmented into words.
    return new ICUTokenizer(new DefaultICUTokenizerConfig(true, true));
  }
}
