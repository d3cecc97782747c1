// Rules: the list, and an editor to write a rule, preview it over the last N days, pick its
// channels (webhooks, with a test send) and save it.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Rule, Webhook } from '../api/types.ts';
import { ErrorNote, Loading } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { atLeast, useSession } from '../lib/session.ts';
import { useAsync } from '../lib/use-async.ts';
import { RuleEditor } from './rule-editor.tsx';

export function RulesPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const rules = useAsync(() => api.get<{ rules: Rule[] }>('/api/rules'), []);
  const webhooks = useAsync(
    () =>
      atLeast(me, 'admin')
        ? api.get<{ webhooks: Webhook[] }>('/api/webhooks')
        : Promise.resolve({ webhooks: [] }),
    [],
  );
  const [editing, setEditing] = useState<Rule | null>(null);
  const [creating, setCreating] = useState(false);
  const canEdit = atLeast(me, 'analyst');

  return (
    <div class="two-columns">
      <section>
        <h1>{t('rulesTitle')}</h1>
        {canEdit && (
          <button
            type="button"
            onClick={() => {
              setEditing(null);
              setCreating(true);
            }}
          >
            {t('newRule')}
          </button>
        )}
        {rules.loading && <Loading />}
        <ErrorNote error={rules.error} />
        <table>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('ruleQuery')}</th>
              <th scope="col">{t('enabled')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {(rules.data?.rules ?? []).map((rule) => (
              <tr key={rule.id}>
                <td>{rule.name}</td>
                <td>
                  <code>{rule.query}</code>
                </td>
                <td>{rule.enabled ? t('yes') : t('no')}</td>
                <td>
                  {canEdit && (
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => {
                        setCreating(false);
                        setEditing(rule);
                      }}
                    >
                      {t('edit')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {(creating || editing) && (
        <RuleEditor
          key={editing?.id ?? 'new'}
          rule={editing}
          webhooks={webhooks.data?.webhooks ?? []}
          onSaved={() => {
            setCreating(false);
            setEditing(null);
            rules.reload();
          }}
        />
      )}
    </div>
  );
}
