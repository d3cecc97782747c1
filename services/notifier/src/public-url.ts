// Where people reach the UI, for links in webhooks and digests: http.publicUrl, else the
// address the API listens on.
import type { Config } from '@presswatch/platform';

export function publicUrlOf(config: Config): string {
  if (config.http.publicUrl) return config.http.publicUrl;
  const host = config.http.host === '0.0.0.0' || config.http.host === '::' ? 'localhost' : config.http.host;
  return `http://${host}:${config.http.port}`;
}
