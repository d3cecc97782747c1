// Errors and notices read out by screen readers (aria-live) as they appear.
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.ts';

export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = error.problem.errors?.map((e) => `${e.path} ${e.message}`).join('; ');
    return [error.problem.title, error.problem.detail, fields].filter(Boolean).join(': ');
  }
  return error instanceof Error ? error.message : String(error);
}

export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <div class="error" role="alert" aria-live="assertive">
      {error ? `${t('error')}: ${errorText(error)}` : null}
    </div>
  );
}

export function Notice({ text }: { text: string | null }) {
  return (
    <div class="notice" role="status" aria-live="polite">
      {text}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return <p aria-busy="true">{t('loading')}</p>;
}
