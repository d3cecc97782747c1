// Daily digest subscriptions (own; admin: all) with a preview of the day's digest.
import { useState } from 'preact/hooks';
import { api, withQuery } from '../api/client.ts';
import type { Digest } from '../api/types.ts';
import { EnableToggle } from '../components/enable-toggle.tsx';
import { ErrorNote } from '../components/error-note.tsx';
import { InlineForm } from '../components/inline-form.tsx';
import { TableHead } from '../components/table-head.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useAction } from '../lib/use-action.ts';
import { useAsync } from '../lib/use-async.ts';

function Preview({ id }: { id: string }) {
  const { t } = useI18n();
  const text = useAsync(
    () => api.text(withQuery(`/api/digests/${encodeURIComponent(id)}/preview`, { format: 'text' })),
    [id],
  );
  return (
    <section class="card">
      <h2>{t('preview')}</h2>
      <ErrorNote error={text.error} />
      <pre class="digest-preview">{text.data}</pre>
    </section>
  );
}

export function DigestsPage() {
  const { t } = useI18n();
  const digests = useAsync(() => api.get<{ digests: Digest[] }>('/api/digests'), []);
  const [previewing, setPreviewing] = useState<string | null>(null);
  const [draft, setDraft] = useState({ email: '', sendAt: '07:00', audience: 'all' as Digest['audience'] });
  const { error, run } = useAction(digests.reload);
  return (
    <div class="two-columns">
      <section>
        <h1>{t('digestsTitle')}</h1>
        <table>
          <TableHead
            headers={[t('email'), t('sendAt'), t('audience'), t('topic'), t('enabled'), t('actions')]}
          />
          <tbody>
            {(digests.data?.digests ?? []).map((d) => (
              <tr key={d.id}>
                <td>{d.email ?? '—'}</td>
                <td>
                  {d.sendAt} ({d.timeZone})
                </td>
                <td>
                  {d.audience === 'all'
                    ? t('audienceAll')
                    : d.audience === 'domestic'
                      ? t('domestic')
                      : t('foreign')}
                </td>
                <td>{d.topics.join(', ') || t('allTopics')}</td>
                <td>{d.enabled ? t('yes') : t('no')}</td>
                <td>
                  <div class="button-row">
                    <button type="button" class="secondary" onClick={() => setPreviewing(d.id)}>
                      {t('preview')}
                    </button>
                    <EnableToggle
                      enabled={d.enabled}
                      onToggle={(enabled) => run(() => api.patch(`/api/digests/${d.id}`, { enabled }))}
                    />
                    <button
                      type="button"
                      class="danger"
                      onClick={() => run(() => api.del(`/api/digests/${d.id}`))}
                    >
                      {t('delete')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <InlineForm
          onSubmit={() =>
            run(() => api.post('/api/digests', { ...draft, ...(draft.email ? {} : { email: undefined }) }))
          }
        >
          <h2>{t('newDigest')}</h2>
          <label>
            {t('email')}
            <input
              type="email"
              value={draft.email}
              onInput={(e) => setDraft({ ...draft, email: e.currentTarget.value })}
            />
          </label>
          <label>
            {t('sendAt')}
            <input
              type="time"
              value={draft.sendAt}
              onInput={(e) => setDraft({ ...draft, sendAt: e.currentTarget.value })}
            />
          </label>
          <label>
            {t('audience')}
            <select
              value={draft.audience}
              onChange={(e) => setDraft({ ...draft, audience: e.currentTarget.value as Digest['audience'] })}
            >
              <option value="all">{t('audienceAll')}</option>
              <option value="domestic">{t('domestic')}</option>
              <option value="foreign">{t('foreign')}</option>
            </select>
          </label>
          <button type="submit">{t('add')}</button>
        </InlineForm>
        <ErrorNote error={error ?? digests.error} />
      </section>
      {previewing && <Preview id={previewing} />}
    </div>
  );
}
