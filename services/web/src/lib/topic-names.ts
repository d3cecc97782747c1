// Topic ids → their names in the UI's language, from GET /api/topics (read once per page load).
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Topic } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.ts';

let loading: Promise<Topic[]> | null = null;

function loadTopics(): Promise<Topic[]> {
  loading ??= api.get<{ topics: Topic[] }>('/api/topics').then(
    (r) => r.topics,
    () => [],
  );
  return loading;
}

/** The configured topics (empty until loaded, or when the API cannot be reached). */
export function useTopics(): Topic[] {
  const [topics, setTopics] = useState<Topic[]>([]);
  useEffect(() => {
    let live = true;
    loadTopics().then((list) => live && setTopics(list));
    return () => {
      live = false;
    };
  }, []);
  return topics;
}

export function useTopicName(): (id: string) => string {
  const { lang } = useI18n();
  const topics = useTopics();
  return (id) => topics.find((topic) => topic.id === id)?.names[lang] ?? id;
}
