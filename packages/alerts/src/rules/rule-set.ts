// The enabled rules, compiled, for the process stage. Every call checks the repository's version
// (one indexed read), so a rule edit applies to the next item in every processor, while the
// compiled matchers are reused as long as nothing changed.
import type { CompileMatcher, RuleRepository } from '@presswatch/domain';
import { errorMessage } from '@presswatch/domain';
import type { AlertsLogger } from '../logger.ts';
import { type CompiledRule, compileRule } from './compile-rule.ts';

export interface RuleSet {
  current(): Promise<CompiledRule[]>;
}

export function createRuleSet(deps: {
  rules: RuleRepository;
  compileMatcher: CompileMatcher;
  logger: AlertsLogger;
}): RuleSet {
  let cached: { version: number; compiled: CompiledRule[] } | null = null;
  let loading: Promise<CompiledRule[]> | null = null;

  async function load(version: number): Promise<CompiledRule[]> {
    const compiled: CompiledRule[] = [];
    for (const rule of await deps.rules.list()) {
      if (!rule.enabled) continue;
      try {
        compiled.push(compileRule(rule, deps.compileMatcher));
      } catch (error) {
        // Validated when saved; a rule that stops compiling (grammar change) is skipped, not fatal.
        deps.logger.error({ ruleId: rule.id, err: errorMessage(error) }, 'alert rule does not compile');
      }
    }
    cached = { version, compiled };
    return compiled;
  }

  return {
    async current() {
      const version = await deps.rules.version();
      if (cached?.version === version) return cached.compiled;
      // Concurrent process jobs share one reload.
      loading ??= load(version).finally(() => {
        loading = null;
      });
      return loading;
    },
  };
}
