// A link to an item by id that shows its title once loaded (alerts carry only item ids).
import { api } from '../api/client.ts';
import type { Item } from '../api/types.ts';
import { useAsync } from '../lib/use-async.ts';

const titles = new Map<string, Promise<string>>();

function titleOf(id: string): Promise<string> {
  let title = titles.get(id);
  if (!title) {
    title = api.get<Item>(`/api/items/${encodeURIComponent(id)}`).then(
      (item) => `${item.title} — ${item.sourceName}`,
      () => id,
    );
    titles.set(id, title);
  }
  return title;
}

export function ItemLink({ id }: { id: string }) {
  const title = useAsync(() => titleOf(id), [id]);
  return <a href={`/items/${encodeURIComponent(id)}`}>{title.data ?? id}</a>;
}
