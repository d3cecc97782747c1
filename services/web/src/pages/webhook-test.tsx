// "Send test" for a webhook: POST /api/webhooks/:id/test queues a signed test delivery (202); we
// poll GET /api/deliveries/:id until it has an attempt, then show its HTTP status or error.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { errorText } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';

interface Delivery {
  id: string;
  status: string;
  attempts: { status: number | null; error: string | null }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function testDelivery(webhookId: string): Promise<Delivery> {
  let delivery = await api.post<Delivery>(`/api/webhooks/${encodeURIComponent(webhookId)}/test`);
  for (
    let i = 0;
    i < 30 && delivery.attempts.length === 0 && !/delivered|failed/.test(delivery.status);
    i++
  ) {
    await sleep(1000);
    delivery = await api.get<Delivery>(`/api/deliveries/${encodeURIComponent(delivery.id)}`);
  }
  return delivery;
}

export function WebhookTest({ webhookId }: { webhookId: string }) {
  const { t } = useI18n();
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    setResult(null);
    try {
      const delivery = await testDelivery(webhookId);
      const last = delivery.attempts[delivery.attempts.length - 1];
      setResult(
        delivery.status === 'delivered'
          ? t('webhookDelivered', { status: last?.status ?? '' })
          : t('webhookFailed', { error: last?.error ?? `HTTP ${last?.status ?? '?'} (${delivery.status})` }),
      );
    } catch (e) {
      setResult(t('webhookFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <span>
      <button type="button" class="secondary" disabled={busy} onClick={run}>
        {t('testWebhook')}
      </button>{' '}
      <span role="status" aria-live="polite">
        {result}
      </span>
    </span>
  );
}
