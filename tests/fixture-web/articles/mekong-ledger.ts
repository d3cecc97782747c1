// The Mekong Ledger: a fictional English-language regional outlet (RSS 2.0) covering Vietnam from
// abroad. Every name, figure and quote here is made up for tests and the demo.
import type { FixtureArticle } from '../types.ts';

export const MEKONG_LEDGER_ARTICLES: readonly FixtureArticle[] = [
  {
    outlet: 'mekong-ledger',
    slug: 'trucks-queue-at-lao-bao-as-vietnam-laos-border-trade-picks-up',
    section: 'Business',
    sectionSlug: 'business',
    title: 'Trucks queue at Lao Bao as Vietnam–Laos border trade picks up',
    summary:
      'Cargo through the main crossing between central Vietnam and southern Laos is rising, but drivers say facilities lag behind.',
    byline: 'Daniel Hart',
    hoursAgo: 12,
    paragraphs: [
      'LAO BAO, Vietnam — Lines of container trucks stretched for more than a kilometre on Tuesday morning at the Lao Bao international border gate, the main crossing between central Vietnam and southern Laos.',
      'Traders said cargo volumes have risen steadily this year as Laos sends more cassava, coffee and timber towards Vietnamese ports, while construction materials and consumer goods flow the other way.',
      'The crossing sits on the East–West Economic Corridor, a road link from the Vietnamese coast through Laos and Thailand to Myanmar. Provincial officials in Quang Tri say faster customs checks have cut clearance to about 20 minutes per truck.',
      'Drivers, however, complained about a lack of parking and rest areas on the Vietnamese side. "We sometimes wait overnight in the cab," said one Lao driver, who asked not to be named.',
      'Analysts expect trade through the corridor to keep growing as both countries upgrade roads and plan a cross-border economic zone around Lao Bao and Densavanh.',
    ],
    tags: ['Vietnam', 'Laos', 'Trade'],
    keywords: ['Lao Bao', 'border trade', 'Densavanh'],
    comments: [{ author: 'M. Somphone', text: 'The road on the Lao side needs work too.' }],
  },
  {
    outlet: 'mekong-ledger',
    slug: 'after-merger-quang-tri-courts-investors-for-coastal-economic-zone',
    section: 'Economy',
    sectionSlug: 'economy',
    title: 'After provincial merger, Quang Tri courts investors for its coastal economic zone',
    summary:
      'The enlarged province is pitching land near a planned deep-water port and renewable power to foreign manufacturers.',
    byline: 'Priya Raman',
    hoursAgo: 36,
    paragraphs: [
      "HANOI — Vietnam's enlarged Quang Tri province, which took in neighbouring Quang Binh under a nationwide administrative overhaul in July, is pitching its Southeast Economic Zone to foreign manufacturers.",
      'Officials told an investment conference that the zone offers land near a planned deep-water port, wind and solar power, and road links to Laos.',
      'The merged province stretches from the mountains on the Lao border to a long coastline, and now includes the city of Dong Hoi and the Phong Nha caves.',
      'Business groups welcomed the larger market but said investors would watch how quickly the new administration handles licences and land clearance.',
    ],
    tags: ['Vietnam', 'Investment', 'FDI'],
    keywords: ['Quang Tri', 'economic zone', 'investors'],
  },
];
