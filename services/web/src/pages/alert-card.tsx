// One alert in the inbox with its triage actions.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Alert, Rule, User } from '../api/types.ts';
import { ErrorNote } from '../components/error-note.tsx';
import { ItemLink } from '../components/item-link.tsx';
import { formatDate, useI18n } from '../i18n/i18n.ts';
import { STATUS_LABELS } from './alert-status.ts';

interface Props {
  alert: Alert;
  rules: Rule[];
  users: User[];
  selected: boolean;
  canTriage: boolean;
  onToggle(): void;
  onChanged(): void;
}

export function AlertCard({ alert, rules, users, selected, canTriage, onToggle, onChanged }: Props) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState('');
  const [error, setError] = useState<unknown>(null);
  const rule = rules.find((r) => r.id === alert.ruleId);
  const act = async (path: string, body: unknown) => {
    setError(null);
    try {
      await api.post(`/api/alerts/${encodeURIComponent(alert.id)}/${path}`, body);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <li class={`alert-card status-${alert.status}`}>
      <div class="alert-head">
        {canTriage && (
          <input
            type="checkbox"
            checked={selected}
            onChange={onToggle}
            aria-label={`${t('selectAlert')} ${rule?.name ?? alert.id}`}
          />
        )}
        <strong class={`status-badge status-${alert.status}`}>{t(STATUS_LABELS[alert.status])}</strong>
        <span>{alert.kind === 'spike' ? `▲ ${t('kindSpike')}` : t('kindMatch')}</span>
        <span>{rule?.name ?? ''}</span>
        <span>{alert.topics.join(', ')}</span>
        <time dateTime={alert.createdAt}>{formatDate(lang, alert.createdAt)}</time>
      </div>
      <ul class="alert-items" aria-label={t('items')}>
        {alert.itemIds.slice(0, 5).map((id) => (
          <li key={id}>
            <ItemLink id={id} />
          </li>
        ))}
        {alert.itemIds.length > 5 && <li>+{alert.itemIds.length - 5}</li>}
      </ul>
      {alert.notes.length > 0 && (
        <ul class="notes">
          {alert.notes.map((n) => (
            <li key={n.at}>
              {formatDate(lang, n.at)} — {n.author}: {n.text}
            </li>
          ))}
        </ul>
      )}
      {canTriage && (
        <div class="button-row">
          {alert.status === 'new' && (
            <button type="button" onClick={() => act('transition', { status: 'acknowledged' })}>
              {t('acknowledge')}
            </button>
          )}
          {alert.status !== 'resolved' ? (
            <button type="button" class="secondary" onClick={() => act('transition', { status: 'resolved' })}>
              {t('resolve')}
            </button>
          ) : (
            <button type="button" class="secondary" onClick={() => act('transition', { status: 'new' })}>
              {t('reopen')}
            </button>
          )}
          <label for={`assignee-${alert.id}`}>
            {t('assignee')}
            {users.length > 0 ? (
              <select
                id={`assignee-${alert.id}`}
                value={assignee}
                onChange={(e) => setAssignee(e.currentTarget.value)}
              >
                <option value="">—</option>
                {users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.displayName || u.username}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={`assignee-${alert.id}`}
                value={assignee}
                onInput={(e) => setAssignee(e.currentTarget.value)}
                size={10}
              />
            )}
          </label>
          <button
            type="button"
            class="secondary"
            disabled={!assignee}
            onClick={() => act('assign', { assigneeId: assignee })}
          >
            {t('assign')}
          </button>
          <label>
            {t('note')}
            <input value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <button
            type="button"
            class="secondary"
            disabled={!note}
            onClick={async () => {
              await act('notes', { text: note });
              setNote('');
            }}
          >
            {t('addNote')}
          </button>
        </div>
      )}
      <ErrorNote error={error} />
    </li>
  );
}
