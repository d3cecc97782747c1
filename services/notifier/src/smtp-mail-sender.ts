// The MailSender on nodemailer, for the configured SMTP server: SMTP_URL (may carry the
// credentials) or SMTP_HOST/SMTP_PORT/SMTP_USER/SMTP_PASSWORD. The password never leaves the
// transport: nodemailer's own logging stays off.
import type { MailSender } from '@presswatch/domain';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';

export interface SmtpSettings {
  url?: string | undefined;
  host?: string | undefined;
  port: number;
  user?: string | undefined;
  password?: string | undefined;
}

/** Null when no SMTP server is configured (digests are then not sent). */
export function createSmtpMailSender(settings: SmtpSettings): (MailSender & { close(): void }) | null {
  const options = transportOptions(settings);
  if (!options) return null;
  const transport = nodemailer.createTransport(options);
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
      });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

function transportOptions(settings: SmtpSettings): SMTPTransport.Options | null {
  const common = { logger: false, debug: false, connectionTimeout: 20_000, socketTimeout: 60_000 };
  if (settings.url) return { ...common, url: settings.url };
  if (!settings.host) return null;
  return {
    ...common,
    host: settings.host,
    port: settings.port,
    // 465 is implicit TLS; elsewhere STARTTLS is used when the server offers it.
    secure: settings.port === 465,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
  };
}
