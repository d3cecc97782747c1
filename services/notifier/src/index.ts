export { main } from './main.ts';
export { publicUrlOf } from './public-url.ts';
export { createSmtpMailSender, type SmtpSettings } from './smtp-mail-sender.ts';
export { type NotifierOptions, startNotifier } from './start-notifier.ts';
