import type { APIRoute, GetStaticPaths } from 'astro';
import { renderOnly } from '../../lib/render-only.ts';

/** The committed `schemas/*.json` (`npm run schemas` writes them; a unit test keeps them current), as written. */
const files = import.meta.glob<string>('../../../schemas/*.json', { eager: true, query: '?raw', import: 'default' });
const byKind = new Map(Object.entries(files).map(([file, text]) => [file.replace(/^.*\/|\.json$/g, ''), text]));

export const getStaticPaths = (() => renderOnly([...byKind.keys()].map((kind) => ({ params: { kind } })), (p) => `schemas/${p.params.kind}.json`)) satisfies GetStaticPaths;

/** The JSON Schema of one entry kind's front matter, or of site.yaml, for editors. */
export const GET: APIRoute = ({ params }) =>
  new Response(byKind.get(params.kind!), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
