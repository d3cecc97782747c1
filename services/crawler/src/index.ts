export { main } from './main.ts';
export { startCrawler } from './start-crawler.ts';
