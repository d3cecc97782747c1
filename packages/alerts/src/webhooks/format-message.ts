// The body a subscription receives, in its format.
import type { WebhookSubscription } from '@presswatch/domain';
import type { AlertMessage } from './alert-message.ts';
import { formatJson } from './format-json.ts';
import { formatSlack } from './format-slack.ts';
import { formatTelegram } from './format-telegram.ts';

export interface FormattedBody {
  body: string;
  contentType: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';

export function formatMessage(message: AlertMessage, subscription: WebhookSubscription): FormattedBody {
  switch (subscription.format) {
    case 'json':
      return { body: formatJson(message), contentType: JSON_TYPE };
    case 'slack':
      return { body: formatSlack(message, subscription.locale), contentType: JSON_TYPE };
    case 'telegram':
      return {
        body: formatTelegram(message, subscription.telegramChatId ?? '', subscription.locale),
        contentType: JSON_TYPE,
      };
  }
}
