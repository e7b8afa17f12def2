/**
 * What a reader's first and second search cost: the bytes the search page
 * fetches from the Pagefind index, measured in headless Chromium (the same
 * browser and server as the browser tests). Transferred bytes are counted as
 * a static host sends them: Pagefind's index files are gzipped already, and
 * its JavaScript and JSON are gzipped on the way as every common host does.
 * The bytes as written on disk are reported too.
 */
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { hasChromium, launch } from '../tests/e2e/browser.ts';
import { serve } from '../tests/e2e/static-server.ts';

/** Bytes fetched from the index for each query, in KB: transferred (text gzipped) and as written. */
export interface SearchCost {
  firstQuery: string;
  firstKb: number;
  firstFiles: number;
  firstUncompressedKb: number;
  secondQuery: string;
  secondKb: number;
}

/** One response: its size on the wire and on disk. */
interface Fetched {
  wire: number;
  disk: number;
}

const TEXT = /\.(js|json)$/;

/**
 * Opens `/search/?q=<first>` on the built site, waits for the results, then
 * types `second` into the box; counts every response under `pagefind/`.
 * Returns undefined when there is no Chromium to measure with.
 */
export async function measureSearch(dist: string, first: string, second: string): Promise<SearchCost | undefined> {
  if (!hasChromium) return undefined;
  const { server, url } = await serve(dist, '/');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    let pending: Array<Promise<Fetched>> = [];
    page.on('response', (response: Response) => {
      const { pathname } = new URL(response.url());
      if (!pathname.startsWith('/pagefind/')) return;
      const size = (body: Buffer): Fetched => ({ wire: TEXT.test(pathname) ? gzipSync(body).length : body.length, disk: body.length });
      pending.push(response.body().then(size, () => ({ wire: 0, disk: 0 })));
    });
    // Requests may still be on their way when the status line changes: wait until none is new for half a second.
    const bytesSoFar = async () => {
      for (let seen = -1; seen !== pending.length; ) {
        seen = pending.length;
        await page.waitForTimeout(500);
      }
      const fetched = await Promise.all(pending);
      pending = [];
      return { files: fetched.length, wire: fetched.reduce((sum, f) => sum + f.wire, 0), disk: fetched.reduce((sum, f) => sum + f.disk, 0) };
    };
    const answered = (query: string) => page.waitForFunction((q) => document.getElementById('search-status')?.textContent?.includes(`for “${q}”`), query, { timeout: 60_000 });

    await page.goto(`${url}search/?q=${encodeURIComponent(first)}`);
    await answered(first);
    const firstFetched = await bytesSoFar();
    await page.fill('#search-query', second);
    await answered(second);
    const secondFetched = await bytesSoFar();
    return {
      firstQuery: first,
      firstKb: kb(firstFetched.wire),
      firstFiles: firstFetched.files,
      firstUncompressedKb: kb(firstFetched.disk),
      secondQuery: second,
      secondKb: kb(secondFetched.wire),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
