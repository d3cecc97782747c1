// One dossier: its sections in order (claims with notes and quotes, argument cards), move up and
// down, remove, attach suggested arguments, export DOCX and Markdown.
import { api } from '../api/client.ts';
import type { ArgumentCard, Dossier, Section } from '../api/types.ts';
import { ErrorNote, Loading } from '../components/error-note.tsx';
import { formatDate, useI18n } from '../i18n/i18n.ts';
import { useTopicName } from '../lib/topic-names.ts';
import { useAsync } from '../lib/use-async.ts';
import { SectionEditor } from './dossier-section.tsx';

function moved(sections: Section[], index: number, by: -1 | 1): string[] {
  const ids = sections.map((s) => s.id);
  const target = index + by;
  if (target < 0 || target >= ids.length) return ids;
  [ids[index], ids[target]] = [ids[target]!, ids[index]!];
  return ids;
}

function Suggested({ dossier, onAttached }: { dossier: Dossier; onAttached(): void }) {
  const { t } = useI18n();
  const cards = useAsync(
    () =>
      api.get<{ cards: ArgumentCard[] }>(
        `/api/dossiers/${encodeURIComponent(dossier.id)}/suggested-arguments`,
      ),
    [dossier.id],
  );
  const attached = new Set(dossier.sections.flatMap((s) => (s.card ? [s.card.id] : [])));
  return (
    <section class="card">
      <h2>{t('suggestedArguments')}</h2>
      <ErrorNote error={cards.error} />
      {cards.data?.cards.length === 0 && <p>{t('none')}</p>}
      <p>
        <a href="/arguments">{t('argumentLibrary')}</a>
      </p>
      <ul class="card-list">
        {(cards.data?.cards ?? []).map((card) => (
          <li key={card.id}>
            <strong>{card.title}</strong>
            <p>{card.statement}</p>
            <button
              type="button"
              class="secondary"
              disabled={attached.has(card.id)}
              onClick={async () => {
                await api.post(`/api/dossiers/${encodeURIComponent(dossier.id)}/arguments`, {
                  cardId: card.id,
                });
                onAttached();
              }}
            >
              {t('attach')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DossierPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const topicName = useTopicName();
  const dossier = useAsync(() => api.get<Dossier>(`/api/dossiers/${encodeURIComponent(id)}`), [id]);
  if (dossier.loading && !dossier.data) return <Loading />;
  if (!dossier.data) return <ErrorNote error={dossier.error} />;
  const d = dossier.data;
  const base = `/api/dossiers/${encodeURIComponent(d.id)}`;
  const reorder = async (index: number, by: -1 | 1) => {
    await api.put(`${base}/order`, { sectionIds: moved(d.sections, index, by) });
    dossier.reload();
  };

  return (
    <div class="two-columns">
      <section>
        <h1>{d.title}</h1>
        <p class="meta">
          {d.topic ? topicName(d.topic) : ''} · {formatDate(lang, d.updatedAt)}
        </p>
        {d.summary && <p>{d.summary}</p>}
        <div class="button-row">
          <a class="button" href={`${base}/export.docx`} download>
            {t('exportDocx')}
          </a>
          <a class="button secondary" href={`${base}/export.md`} download>
            {t('exportMarkdown')}
          </a>
        </div>
        <h2>{t('sections')}</h2>
        <ol class="sections">
          {d.sections.map((section, index) => (
            <SectionEditor
              key={section.id}
              dossierId={d.id}
              section={section}
              first={index === 0}
              last={index === d.sections.length - 1}
              onMove={(by) => reorder(index, by)}
              onChanged={dossier.reload}
            />
          ))}
        </ol>
      </section>
      <Suggested dossier={d} onAttached={dossier.reload} />
    </div>
  );
}
