/** The JSON Schemas for editors (site.md, `/schemas/<kind>.json`). */
import type { APIRoute, GetStaticPaths } from 'astro';

/** The committed `schemas/*.json` (`npm run schemas` writes them; a unit test keeps them current), as written. */
const files = import.meta.glob<string>('../../../schemas/*.json', { eager: true, query: '?raw', import: 'default' });
const byKind = new Map(Object.entries(files).map(([file, text]) => [file.replace(/^.*\/|\.json$/g, ''), text]));

// They depend on okrbook's code, not on the content: six small files, written every build.
export const getStaticPaths = (() => [...byKind.keys()].map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

/** The JSON Schema of one entry kind's front matter, or of site.yaml. */
export const GET: APIRoute = ({ params }) =>
  new Response(byKind.get(params.kind!), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
