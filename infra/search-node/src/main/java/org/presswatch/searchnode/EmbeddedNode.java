package org.presswatch.searchnode;

import java.util.List;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;
import org.presswatch.searchnode.icu.IcuAnalysisPlugin;

/**
 * An OpenSearch node whose modules come from the classpath instead of a distribution's modules/
 * folder. The plugin classes are referenced directly so a missing jar or a renamed class fails the
 * build rather than silently dropping a feature at run time.
 */
final class EmbeddedNode extends Node {
  static final List<Class<? extends Plugin>> PLUGINS =
      List.of(
          Netty4Plugin.class,
          PainlessPlugin.class,
          CommonAnalysisPlugin.class,
          MapperExtrasPlugin.class,
          ReindexPlugin.class,
          IcuAnalysisPlugin.class);

  EmbeddedNode(Environment environment) {
    super(environment, PLUGINS, true);
  }
}
