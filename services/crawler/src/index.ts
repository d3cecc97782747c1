export { main } from './main.ts';
export { type CrawlerOptions, startCrawler } from './start-crawler.ts';
