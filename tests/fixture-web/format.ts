// Escaping and date formats shared by the renderers.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML and XML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The wall-clock fields of a date at a fixed UTC offset. */
function shifted(date: Date, offsetHours: number): Date {
  return new Date(date.getTime() + offsetHours * 3_600_000);
}

/** ISO 8601 with the outlet's offset: 2025-07-31T20:30:00+07:00. */
export function isoWithOffset(date: Date, offsetHours: number): string {
  if (offsetHours === 0) return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const d = shifted(date, offsetHours);
  const sign = offsetHours < 0 ? '-' : '+';
  const local = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${local}${sign}${pad(Math.abs(offsetHours))}:00`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date as RSS wants it, at the outlet's offset: Thu, 31 Jul 2025 20:30:00 +0700. */
export function rfc822(date: Date, offsetHours: number): string {
  if (offsetHours === 0) return date.toUTCString();
  const d = shifted(date, offsetHours);
  const sign = offsetHours < 0 ? '-' : '+';
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${sign}${pad(Math.abs(offsetHours))}00`;
}

const VI_DAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** The date line a reader sees: "Thứ Năm, 31/7/2025, 20:30 (GMT+7)" or "31 Jul 2025, 13:30 GMT". */
export function displayDate(date: Date, offsetHours: number, language: string): string {
  const d = shifted(date, offsetHours);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (language === 'vi') {
    return `${VI_DAYS[d.getUTCDay()]}, ${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}, ${time} (GMT+${offsetHours})`;
  }
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${time} GMT`;
}

/** HTTP date, whole seconds. */
export function httpDate(date: Date): string {
  return date.toUTCString();
}

/** "Lễ hội Đồng Hới" → "le-hoi-dong-hoi". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
