// One section of a dossier: a claim (item snapshot, note, quote) or an argument card (statement,
// evidence); edit note/quote, move, remove.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Section } from '../api/types.ts';
import { ErrorNote } from '../components/error-note.tsx';
import { formatDate, useI18n } from '../i18n/i18n.ts';
import { useAction } from '../lib/use-action.ts';

interface Props {
  dossierId: string;
  section: Section;
  first: boolean;
  last: boolean;
  onMove(by: -1 | 1): void;
  onChanged(): void;
}

export function SectionEditor({ dossierId, section, first, last, onMove, onChanged }: Props) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState(section.note ?? '');
  const [quote, setQuote] = useState(section.quote ?? '');
  const { error, run } = useAction(onChanged);
  const path = `/api/dossiers/${encodeURIComponent(dossierId)}/sections/${encodeURIComponent(section.id)}`;

  return (
    <li class={`section ${section.kind}`}>
      <p class="section-kind">{section.kind === 'claim' ? t('claims') : t('arguments')}</p>
      {section.item && (
        <p>
          <a href={`/items/${encodeURIComponent(section.item.id)}`}>{section.item.title}</a> —{' '}
          {section.item.sourceName}, {formatDate(lang, section.item.publishedAt, false)}
        </p>
      )}
      {section.card && (
        <div>
          <strong>{section.card.title}</strong>
          <p>{section.card.statement}</p>
          <ul>
            {section.card.evidence.map((e) => (
              <li key={e.citation}>
                {e.text} — <cite>{e.citation}</cite>
              </li>
            ))}
          </ul>
        </div>
      )}
      <label>
        {t('note')}
        <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {section.kind === 'claim' && (
        <label>
          {t('quote')}
          <textarea rows={2} value={quote} onInput={(e) => setQuote(e.currentTarget.value)} />
        </label>
      )}
      <div class="button-row">
        <button type="button" class="secondary" onClick={() => run(() => api.patch(path, { note, quote }))}>
          {t('save')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={first}
          onClick={() => onMove(-1)}
          aria-label={`${t('moveUp')}`}
        >
          ↑ {t('moveUp')}
        </button>
        <button type="button" class="secondary" disabled={last} onClick={() => onMove(1)}>
          ↓ {t('moveDown')}
        </button>
        <button type="button" class="danger" onClick={() => run(() => api.del(path))}>
          {t('delete')}
        </button>
      </div>
      <ErrorNote error={error} />
    </li>
  );
}
