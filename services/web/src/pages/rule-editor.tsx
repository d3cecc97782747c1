// The rule editor: query, preview over N days, channels with a webhook test, flags, save.
import { useState } from 'preact/hooks';
import { ApiError, api } from '../api/client.ts';
import type { Item, Rule, Webhook } from '../api/types.ts';
import { ErrorNote, Notice } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { WebhookTest } from './webhook-test.tsx';

interface Draft {
  name: string;
  query: string;
  channels: string[];
  spikeAlerts: boolean;
  onePerCluster: boolean;
  enabled: boolean;
}

interface Preview {
  items: Item[];
  matched: number;
  scanned: number;
}

const EMPTY: Draft = {
  name: '',
  query: '',
  channels: [],
  spikeAlerts: false,
  onePerCluster: true,
  enabled: true,
};

export function RuleEditor(props: { rule: Rule | null; webhooks: Webhook[]; onSaved(): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(props.rule ? { ...EMPTY, ...props.rule } : EMPTY);
  const [days, setDays] = useState(7);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const column = error instanceof ApiError ? error.problem.column : undefined;

  async function runPreview() {
    setError(null);
    try {
      setPreview(await api.post<Preview>('/api/rules/preview', { query: draft.query, days, limit: 20 }));
    } catch (e) {
      setError(e);
    }
  }

  async function save(event: Event) {
    event.preventDefault();
    setError(null);
    try {
      if (props.rule) await api.patch(`/api/rules/${encodeURIComponent(props.rule.id)}`, draft);
      else await api.post('/api/rules', draft);
      setNotice(t('ruleSaved'));
      props.onSaved();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form class="card rule-editor" onSubmit={save}>
      <h2>{props.rule ? props.rule.name : t('newRule')}</h2>
      <label>
        {t('ruleName')}
        <input
          name="name"
          required
          value={draft.name}
          onInput={(e) => set({ name: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('ruleQuery')}
        <textarea
          name="query"
          rows={3}
          class={column ? 'invalid' : ''}
          aria-invalid={column ? 'true' : undefined}
          value={draft.query}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
      </label>
      {column !== undefined && (
        <p class="query-error">
          {t('queryErrorAt', { column, detail: (error as ApiError).problem.detail ?? '' })}
        </p>
      )}
      <div class="button-row">
        <label>
          {t('previewDays')}
          <input
            type="number"
            min={1}
            max={90}
            value={days}
            onInput={(e) => setDays(Number(e.currentTarget.value) || 7)}
          />
        </label>
        <button type="button" class="secondary" onClick={runPreview}>
          {t('preview')}
        </button>
      </div>
      {preview && (
        <div class="preview" role="status">
          <p>{t('previewResult', { matched: preview.matched, scanned: preview.scanned })}</p>
          <ul>
            {preview.items.map((item) => (
              <li key={item.id}>
                <a href={`/items/${encodeURIComponent(item.id)}`}>{item.title}</a> — {item.sourceName}
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset>
        <legend>{t('channels')}</legend>
        {props.webhooks.length === 0 && <p>{t('none')}</p>}
        {props.webhooks.map((hook) => (
          <div key={hook.id} class="button-row">
            <label class="check">
              <input
                type="checkbox"
                checked={draft.channels.includes(hook.id)}
                onChange={(e) =>
                  set({
                    channels: e.currentTarget.checked
                      ? [...draft.channels, hook.id]
                      : draft.channels.filter((c) => c !== hook.id),
                  })
                }
              />
              {hook.name} ({hook.format})
            </label>
            <WebhookTest webhookId={hook.id} />
          </div>
        ))}
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.spikeAlerts}
          onChange={(e) => set({ spikeAlerts: e.currentTarget.checked })}
        />
        {t('spikeAlerts')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.onePerCluster}
          onChange={(e) => set({ onePerCluster: e.currentTarget.checked })}
        />
        {t('onePerCluster')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(e) => set({ enabled: e.currentTarget.checked })}
        />
        {t('enabled')}
      </label>
      <button type="submit">{t('save')}</button>
      <Notice text={notice} />
      <ErrorNote error={column === undefined ? error : null} />
    </form>
  );
}
