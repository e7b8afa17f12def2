/**
 * What a reader's first and second search cost: the bytes the search page
 * fetches from the Pagefind index, measured in headless Chromium (the same
 * browser and server as the browser tests). Transferred bytes are counted as
 * a static host sends them: Pagefind's index files are gzipped already, and
 * its JavaScript and JSON are gzipped on the way as every common host does.
 * The bytes as written in dist/ are reported too.
 */
import { gzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { hasChromium, launch } from '../tests/e2e/browser.ts';
import { serve } from '../tests/e2e/static-server.ts';

/** Bytes fetched from the index for each query, in KB: transferred (text gzipped) and as written in dist/ (index files are gzipped there already). */
export interface SearchCost {
  firstQuery: string;
  firstKb: number;
  firstFiles: number;
  firstAsWrittenKb: number;
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
    // Every request to the index is followed to its end: one still on its way, or one that failed, cannot go uncounted.
    let fetched: Array<Promise<Fetched>> = [];
    let inFlight = 0;
    const failed: string[] = [];
    const ofIndex = (request: Request) => new URL(request.url()).pathname.startsWith('/pagefind/');
    page.on('request', (request) => {
      if (ofIndex(request)) inFlight++;
    });
    page.on('requestfinished', (request) => {
      if (!ofIndex(request)) return;
      const { pathname } = new URL(request.url());
      const size = (body: Buffer): Fetched => ({ wire: TEXT.test(pathname) ? gzipSync(body).length : body.length, disk: body.length });
      fetched.push(
        request
          .response()
          .then((response) => response!.body())
          .then(size)
          .finally(() => inFlight--),
      );
    });
    page.on('requestfailed', (request) => {
      if (!ofIndex(request)) return;
      failed.push(request.url());
      inFlight--;
    });
    // The status line can change before the last request is asked for: wait until none is new or open for half a second.
    const bytesSoFar = async () => {
      for (let seen = -1, waits = 0; seen !== fetched.length || inFlight > 0; waits++) {
        if (waits === 120) throw new Error(`the search page still waits for ${inFlight} request(s) to the index after a minute`);
        seen = fetched.length;
        await page.waitForTimeout(500);
      }
      if (failed.length > 0) throw new Error(`the search page could not fetch ${failed.join(', ')}`);
      const done = await Promise.all(fetched);
      fetched = [];
      return { files: done.length, wire: done.reduce((sum, f) => sum + f.wire, 0), disk: done.reduce((sum, f) => sum + f.disk, 0) };
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
      firstAsWrittenKb: kb(firstFetched.disk),
      secondQuery: second,
      secondKb: kb(secondFetched.wire),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
