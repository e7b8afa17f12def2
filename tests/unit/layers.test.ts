/**
 * The layers of docs/architecture.md hold at run time: every import between
 * two folders of src/ goes down the order below, and no folders import each
 * other in a circle. Type-only imports (`import type`, `export type`) are
 * erased before anything runs, so they do not count; an import whose every
 * name is marked `type` does count (with `verbatimModuleSyntax` it is kept
 * as `import {} from`, which still loads the module).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';

const src = path.join(projectRoot, 'src');

/**
 * Each folder's place: a folder may import from folders of a lower rank (and
 * from folders of its own rank, unless that closes a circle). `client` runs
 * in the browser: it imports only `lib`, `forms` and `model` (the check-in form
 * checks its file as `check` does: src/model/checkin-check.ts), and nothing imports it;
 * the last test follows its imports and fails on a Node.js module.
 */
const RANK: Record<string, number> = {
  lib: 0,
  schemas: 1,
  // What `new`, `check` and the site's forms share, bundled into the browser too: the check-in file and its rules.
  forms: 1,
  model: 2,
  figures: 3,
  coaching: 4,
  i18n: 5,
  // Page data: one function per route, and the data of the files that are not pages (JSON, CSV, calendar, search).
  site: 6,
  export: 6,
  search: 6,
  pages: 7,
  routes: 7,
  components: 7,
  layouts: 7,
  // Astro's content configuration, loaded by Astro beside the integration.
  'content.config.ts': 8,
  integration: 8,
  cli: 9,
};
const CLIENT_MAY_IMPORT = new Set(['lib', 'forms', 'model', 'client']);

/**
 * Downward edges that are still wrong: src/site runs inside the pages'
 * bundle (it opens virtual modules), the integration in Astro's
 * configuration process; the integration reaches the site only by the
 * module ids it gives Vite, and reads its types.
 */
const FORBIDDEN: Record<string, string[]> = { integration: ['site', 'pages', 'routes', 'components', 'layouts'] };

/** Every .ts file and the front matter of every .astro file under src/, as [path relative to src, code]. */
function sources(dir = src): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sources(full));
    else if (entry.name.endsWith('.d.ts')) continue;
    else if (entry.name.endsWith('.ts')) found.push([path.relative(src, full), readFileSync(full, 'utf8')]);
    else if (entry.name.endsWith('.astro')) {
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(full, 'utf8'));
      if (frontMatter) found.push([path.relative(src, full), frontMatter[1]!]);
    }
  }
  return found;
}

/** The specifiers a file loads when it runs: static imports and re-exports that are not type-only, and `import()`. */
function runtimeImports(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.importClause?.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The folder of src/ a path (relative to src) is in; a file directly in src/ is its own folder. */
const folderOf = (relative: string) => relative.split(path.sep)[0]!;

interface Edge {
  from: string;
  to: string;
  /** `file -> specifier`, every import that makes the edge. */
  imports: string[];
}

/** The runtime imports between folders of src/. */
function folderGraph(): Map<string, Edge> {
  const edges = new Map<string, Edge>();
  for (const [file, code] of sources()) {
    for (const specifier of runtimeImports(file, code)) {
      // Our own modules only: packages, virtual modules and assets (a stylesheet) are not layers.
      if (!specifier.startsWith('.') || !/\.(ts|astro)$/.test(specifier)) continue;
      const target = path.relative(src, path.resolve(src, path.dirname(file), specifier));
      if (target.startsWith('..')) continue;
      const from = folderOf(file);
      const to = folderOf(target);
      if (from === to) continue;
      const key = `${from} -> ${to}`;
      const edge = edges.get(key) ?? { from, to, imports: [] };
      edge.imports.push(`src/${file} -> ${specifier}`);
      edges.set(key, edge);
    }
  }
  return edges;
}

/** The circles among folders (strongly connected components of more than one folder), each sorted. */
function circles(edges: Iterable<Edge>): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  // Tarjan's algorithm.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (folder: string) => {
    index.set(folder, counter);
    low.set(folder, counter++);
    stack.push(folder);
    onStack.add(folder);
    for (const target of next.get(folder)!) {
      if (!index.has(target)) {
        connect(target);
        low.set(folder, Math.min(low.get(folder)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(folder, Math.min(low.get(folder)!, index.get(target)!));
    }
    if (low.get(folder) === index.get(folder)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== folder);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const folder of next.keys()) if (!index.has(folder)) connect(folder);
  return found;
}

/** Why an edge breaks the order, or undefined when it keeps it. */
function wrongWay({ from, to }: Edge): string | undefined {
  if (to === 'client') return 'nothing imports the browser code';
  if (from === 'client') return CLIENT_MAY_IMPORT.has(to) ? undefined : 'the browser code imports only src/lib, src/forms and src/model';
  if (!(from in RANK)) return `src/${from} has no place in the layers (add it to RANK and docs/architecture.md)`;
  if (!(to in RANK)) return `src/${to} has no place in the layers (add it to RANK and docs/architecture.md)`;
  if (FORBIDDEN[from]?.includes(to)) return `${from} runs outside the pages' bundle and imports only types of src/${to}`;
  return RANK[to]! > RANK[from]! ? `${from} comes before ${to}` : undefined;
}

describe('the layers of src/', () => {
  const edges = [...folderGraph().values()];

  it('finds the imports it checks', () => {
    // A guard against a scanner that sees nothing and so passes everything.
    expect(edges.some((edge) => edge.from === 'model' && edge.to === 'lib')).toBe(true);
    expect(edges.some((edge) => edge.from === 'components' && edge.to === 'lib')).toBe(true);
    expect(runtimeImports('a.ts', "import type { A } from './a.ts'; export type { B } from './b.ts'; import { type C } from './c.ts'; import('./d.ts');")).toEqual(['./c.ts', './d.ts']);
  });

  it('has no circle of folders at run time', () => {
    const found = circles(edges).map((circle) => {
      const inside = edges.filter((edge) => circle.includes(edge.from) && circle.includes(edge.to));
      return `${circle.join(', ')}:\n${inside.flatMap((edge) => edge.imports).map((line) => `  ${line}`).join('\n')}`;
    });
    expect(found).toEqual([]);
  });

  it('imports only down the order lib -> schemas -> model -> figures -> coaching -> i18n -> site -> pages -> integration -> cli', () => {
    const wrong = edges.flatMap((edge) => {
      const why = wrongWay(edge);
      return why ? edge.imports.map((line) => `${line} (${why})`) : [];
    });
    expect(wrong).toEqual([]);
  });

  it('keeps Node.js out of what the browser loads (src/client, src/forms and everything they import)', () => {
    const all = new Map(sources());
    const seen = new Set<string>();
    const queue = [...all.keys()].filter((file) => ['client', 'forms'].includes(folderOf(file)));
    const wrong: string[] = [];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const specifier of runtimeImports(file, all.get(file)!)) {
        if (specifier.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'util'].includes(specifier)) wrong.push(`src/${file} -> ${specifier}`);
        if (specifier.startsWith('.') && /\.ts$/.test(specifier)) queue.push(path.relative(src, path.resolve(src, path.dirname(file), specifier)));
      }
    }
    expect(seen.size).toBeGreaterThan(1);
    expect(wrong).toEqual([]);
  });
});

/** Every .astro file under src/, whole, as [path relative to src, text]. */
function astroFiles(dir = src): Array<[string, string]> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): Array<[string, string]> => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return astroFiles(full);
    return entry.name.endsWith('.astro') ? [[path.relative(src, full), readFileSync(full, 'utf8')]] : [];
  });
}

/**
 * What a page or component may not do itself: choose, order, total or
 * measure what it prints. Page data does it (src/site/routes), where a unit
 * test can check it. (`getStaticPaths` lists a route's pages with `map` and
 * `flatMap`, which print nothing.)
 */
const COMPUTES = /\.(?:filter|sort|toSorted|reduce|find|findIndex|findLast|some|every|slice|reverse)\(|\bMath\.|\.length\s*[-+*/]/g;

describe('pages and components', () => {
  it('only print: no filter, sort, search, total or arithmetic in a .astro file', () => {
    const files = astroFiles();
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap(([file, text]) =>
      text.split('\n').flatMap((line, index) => [...line.matchAll(COMPUTES)].map((match) => `src/${file}:${index + 1}: ${match[0]}`)),
    );
    expect(found).toEqual([]);
  });
});
