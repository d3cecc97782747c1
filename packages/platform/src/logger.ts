// pino JSON logs. Secrets never reach a log line: auth headers, cookies and anything named like a
// token or secret are redacted.
import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  '*.token',
  '*.secret',
  '*.password',
  '*.adminToken',
  'secrets',
  'config.secrets',
];

export function createLogger(options: {
  level: string;
  name?: string;
  destination?: DestinationStream;
}): Logger {
  return pino(
    {
      level: options.level,
      name: options.name ?? 'presswatch',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
