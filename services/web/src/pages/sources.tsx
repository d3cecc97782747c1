// Sources admin: health table, enable/disable, add, OPML import/export (admin writes).
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Source } from '../api/types.ts';
import { EnableToggle } from '../components/enable-toggle.tsx';
import { ErrorNote, Loading, Notice } from '../components/error-note.tsx';
import { TableHead } from '../components/table-head.tsx';
import { formatDate, type MessageKey, useI18n } from '../i18n/i18n.ts';
import { atLeast, useSession } from '../lib/session.ts';
import { useAction } from '../lib/use-action.ts';
import { useAsync } from '../lib/use-async.ts';
import { SourceForm } from './source-form.tsx';

const HEALTH: Record<Source['health']['status'], MessageKey> = {
  ok: 'healthOk',
  failing: 'healthFailing',
  silent: 'healthSilent',
  pending: 'healthPending',
  disabled: 'healthDisabled',
};
const HEALTH_MARK = { ok: '●', failing: '✗', silent: '◌', pending: '…', disabled: '–' } as const;

function OpmlImport({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function upload(file: File | undefined) {
    if (!file) return;
    setError(null);
    try {
      const result = await api.post<{ imported: number; created: number; updated: number }>(
        '/api/sources/opml',
        await file.text(),
      );
      setNotice(t('opmlImported', { n: result.imported, created: result.created, updated: result.updated }));
      onDone();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <div class="button-row">
      <label>
        {t('opmlImport')}
        <input
          type="file"
          accept=".opml,.xml,text/xml"
          onChange={(e) => upload(e.currentTarget.files?.[0])}
        />
      </label>
      <a class="button secondary" href="/api/sources/opml" download="presswatch-sources.opml">
        {t('opmlExport')}
      </a>
      <Notice text={notice} />
      <ErrorNote error={error} />
    </div>
  );
}

export function SourcesPage() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const sources = useAsync(() => api.get<{ sources: Source[] }>('/api/sources'), []);
  const [editing, setEditing] = useState<Source | 'new' | null>(null);
  const { error, run } = useAction(sources.reload);
  const admin = atLeast(me, 'admin');
  const setEnabled = (source: Source, enabled: boolean) =>
    run(() => api.patch(`/api/sources/${encodeURIComponent(source.id)}`, { enabled }));

  return (
    <div>
      <h1>{t('sourcesTitle')}</h1>
      {admin && <OpmlImport onDone={sources.reload} />}
      {admin && (
        <button type="button" onClick={() => setEditing('new')}>
          {t('addSource')}
        </button>
      )}
      {editing && (
        <SourceForm
          source={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            sources.reload();
          }}
        />
      )}
      <ErrorNote error={error ?? sources.error} />
      {sources.loading && <Loading />}
      <table class="sources-table">
        <TableHead
          headers={[
            t('name'),
            t('health'),
            t('lastFetch'),
            t('errors'),
            t('itemsPerDay'),
            t('silent'),
            t('actions'),
          ]}
        />
        <tbody>
          {(sources.data?.sources ?? []).map((s) => (
            <tr key={s.id}>
              <td>
                {s.name}
                <br />
                <small>{s.url}</small>
              </td>
              <td class={`health-${s.health.status}`}>
                {HEALTH_MARK[s.health.status]} {t(HEALTH[s.health.status])}
                {s.health.lastError && (
                  <small title={s.health.lastError}> ({s.health.lastError.slice(0, 40)})</small>
                )}
              </td>
              <td>{formatDate(lang, s.health.lastFetchAt)}</td>
              <td>{s.health.consecutiveErrors}</td>
              <td>{s.health.itemsPerDay === null ? '—' : s.health.itemsPerDay.toFixed(1)}</td>
              <td>{s.health.silent ? `◌ ${t('yes')}` : t('no')}</td>
              <td>
                {admin && (
                  <span class="button-row">
                    <button type="button" class="secondary" onClick={() => setEditing(s)}>
                      {t('edit')}
                    </button>
                    <EnableToggle enabled={s.enabled} onToggle={(enabled) => setEnabled(s, enabled)} />
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
