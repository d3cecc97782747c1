// OPML → sources. Each subscription becomes a source validated with parseSource (the same rules
// as the sources file and the API), its id derived from the URL when the file has none; every
// outline that cannot be used is reported with the reason, and every valid one is kept.
import { parseSource, type Source } from '@presswatch/domain';
import { parseOpml } from './parse-opml.ts';
import { sourceIdForUrl } from './source-id.ts';
import type { OpmlEntryError, OpmlImport, OpmlOutline } from './types.ts';

/** Sources from an OPML document. Throws OpmlParseError when the document is not OPML. */
export function sourcesFromOpml(xml: string): OpmlImport {
  const { outlines } = parseOpml(xml);
  const result: OpmlImport = { sources: [], errors: [] };
  const seen = new Map<string, OpmlOutline>();
  for (const outline of outlines) {
    const error = (message: string): OpmlEntryError => ({
      position: outline.position,
      url: outline.url,
      title: outline.title ?? outline.text,
      message,
    });
    let source: Source;
    try {
      source = parseSource(outlineToSourceInput(outline));
    } catch (err) {
      result.errors.push(error(describeInvalid(err)));
      continue;
    }
    const earlier = seen.get(source.id);
    if (earlier) {
      result.errors.push(error(`same id "${source.id}" as entry ${earlier.position} (${earlier.url})`));
      continue;
    }
    seen.set(source.id, outline);
    result.sources.push(source);
  }
  return result;
}

/** What an outline says about a source, in the shape parseSource validates. */
export function outlineToSourceInput(outline: OpmlOutline): Record<string, unknown> {
  const ext = outline.extension;
  if (!URL.canParse(outline.url)) throw new Error('url: not a valid URL');
  const input: Record<string, unknown> = {
    id: ext.id?.trim() || sourceIdForUrl(outline.url),
    name: outline.title ?? outline.text ?? new URL(outline.url).hostname,
    url: outline.url,
  };
  if (ext.kind) input.kind = ext.kind.trim();
  const language = ext.language ?? outline.language;
  if (language) input.language = language.trim().toLowerCase().split(/[-_]/)[0];
  if (ext.country) input.country = ext.country.trim().toLowerCase();
  for (const flag of ['render', 'domestic', 'enabled'] as const) {
    if (ext[flag] !== undefined) input[flag] = toBoolean(ext[flag]);
  }
  for (const bound of ['minPollSeconds', 'maxPollSeconds'] as const) {
    if (ext[bound] !== undefined) input[bound] = Number(ext[bound]);
  }
  if (ext.selectors) input.selectors = parseJson(ext.selectors);
  return input;
}

// Values that are not booleans pass through so that validation names them.
function toBoolean(value: string): unknown {
  const lower = value.trim().toLowerCase();
  if (lower === 'true' || lower === '1' || lower === 'yes') return true;
  if (lower === 'false' || lower === '0' || lower === 'no') return false;
  return value;
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

// parseSource throws zod's error, whose issues name each invalid field.
function describeInvalid(err: unknown): string {
  const issues = (err as { issues?: { path: (string | number)[]; message: string }[] } | null)?.issues;
  if (Array.isArray(issues)) {
    return issues.map((issue) => `${issue.path.join('.') || 'source'}: ${issue.message}`).join('; ');
  }
  return err instanceof Error ? err.message : String(err);
}
