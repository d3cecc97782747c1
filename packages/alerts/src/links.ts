// Links back to the web UI in webhooks and digests, built from http.publicUrl. The UI routes by
// the URL fragment, so these work whatever path the API is served under.
export interface UiLinks {
  home(): string;
  alert(id: string): string;
  item(id: string): string;
  search(query: string, range?: { from: string; to: string }): string;
  digest(subscriptionId: string, day: string): string;
}

export function uiLinks(publicUrl: string): UiLinks {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    home: () => `${base}/`,
    alert: (id) => `${base}/#/alerts/${encodeURIComponent(id)}`,
    item: (id) => `${base}/#/items/${encodeURIComponent(id)}`,
    search: (query, range) => {
      const params = new URLSearchParams({ q: query });
      if (range) {
        params.set('from', range.from);
        params.set('to', range.to);
      }
      return `${base}/#/search?${params.toString()}`;
    },
    digest: (subscriptionId, day) =>
      `${base}/api/digests/${encodeURIComponent(subscriptionId)}/preview?day=${day}&format=html`,
  };
}
