// The generic JSON format: the message model as is, with a type and version for receivers.
import type { AlertMessage } from './alert-message.ts';

export const JSON_PAYLOAD_TYPE = 'presswatch.alerts';

export function formatJson(message: AlertMessage): string {
  return JSON.stringify({
    type: JSON_PAYLOAD_TYPE,
    version: 1,
    deliveryId: message.deliveryId,
    createdAt: message.createdAt,
    alerts: message.alerts,
  });
}
