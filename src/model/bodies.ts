/**
 * What `build` would stop on in a body, found by `check` (site.md: content
 * that `check` accepts builds): MDX that does not compile, an import that
 * does not resolve, a local image that is not there. MDX goes through
 * Sätteri, the compiler Astro's MDX integration itself uses, so `check`
 * and `build` read a body the same way; a Markdown body is parsed only when
 * it shows an image.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToMdast, mdxToJs, mdxToMdast } from 'satteri';
import type { Finding } from './findings.ts';
import { inspect } from './walk.ts';
import { IMAGE } from '../lib/markdown-bodies.ts';

/** The part of an entry a body check reads. */
export interface BodySource {
  /** Path relative to the content root, `/`-separated. */
  file: string;
  body: string;
  /** The file's line on which the body starts. */
  bodyLine?: number;
}


/** A URL with a scheme (`https:`, `data:`, `mailto:`), protocol-relative, or a fragment: nothing to look for on disk. */
const NOT_LOCAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

interface TreeNode {
  type: string;
  url?: string;
  value?: unknown;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
  children?: TreeNode[];
}

/**
 * Findings for one body: syntax (MDX), imports (MDX), local images. `root`
 * is the content root's real path; `projectRoot` is where packages are
 * installed (bare imports resolve from there).
 */
export function bodyFindings(entry: BodySource, root: string, projectRoot: string = PROJECT_ROOT): Finding[] {
  const mdx = /\.mdx$/i.test(entry.file);
  if (!mdx && !IMAGE.test(entry.body)) return [];
  const offset = (entry.bodyLine ?? 1) - 1;
  const findings: Finding[] = [];
  const add = (line: number, code: string, message: string) => findings.push({ file: entry.file, line: line + offset, level: 'error', code, message });
  let tree: TreeNode;
  try {
    if (mdx) mdxToJs(entry.body);
    tree = (mdx ? mdxToMdast(entry.body) : markdownToMdast(entry.body)) as TreeNode;
  } catch (cause) {
    const text = cause instanceof Error ? cause.message : String(cause);
    const at = /^(\d+):\d+: /.exec(text);
    const reason = text.replace(/^\d+:\d+: /, '').replace(/ \([\w:-]+\)$/, '');
    const hint = reason.includes('{/*')
      ? 'MDX has no HTML comments: write `{/* note */}`, or rename the file to `.md`'
      : /\besm\b/.test(reason)
        ? 'fix the JavaScript of the `import`/`export` lines'
        : 'MDX reads `<`, `{` and `}` as code: close every tag, balance every brace, or write `\\<` and `\\{` for the characters themselves';
    add(at ? Number(at[1]) : 1, 'mdx-syntax', `the body does not compile as MDX (${reason}); ${hint}`);
    return findings;
  }
  const folder = path.dirname(path.join(root, entry.file));
  const visit = (node: TreeNode) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image' && typeof node.url === 'string') checkImage(node.url, line);
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const src = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
      if (typeof src === 'string') checkImage(src, line);
    }
    if (node.type === 'html' && typeof node.value === 'string') {
      for (const match of node.value.matchAll(/<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi)) checkImage(match[1]!, line);
    }
    if (node.type === 'mdxjsEsm' && typeof node.value === 'string') {
      for (const { specifier, lineInBlock } of importSpecifiers(node.value)) checkImport(specifier, line + lineInBlock);
    }
    node.children?.forEach(visit);
  };
  const checkImage = (url: string, line: number) => {
    // Absolute paths are served from public/ as they are; only paths relative to the file are resolved by the build.
    if (NOT_LOCAL.test(url) || url.startsWith('/') || url === '') return;
    let relative: string;
    try {
      relative = decodeURI(url.replace(/[?#].*$/, ''));
    } catch {
      relative = url;
    }
    const target = path.resolve(folder, relative);
    const shown = path.relative(root, target).split(path.sep).join('/');
    if (shown.startsWith('..') || path.isAbsolute(shown)) {
      add(line, 'image-outside', `the image \`${url}\` lies outside the content root; copy it next to this file and link it as \`./${path.basename(relative)}\``);
      return;
    }
    const seen: Finding[] = [];
    const found = inspect(root, target, shown, seen);
    if (found?.kind === 'file') return;
    if (seen.length > 0) add(line, seen[0]!.code, `the image \`${url}\`: ${seen[0]!.message}`);
    else add(line, 'image-not-found', `there is no image \`${shown}\` (from \`${url}\`); check the path, relative to this file, and the case of every letter`);
  };
  const checkImport = (specifier: string, line: number) => {
    if (specifier.startsWith('astro:') || NOT_LOCAL.test(specifier)) return;
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      const target = specifier.startsWith('/') ? specifier : path.resolve(folder, specifier);
      if (!IMPORT_SUFFIXES.some((suffix) => isFile(target + suffix))) {
        add(line, 'import-not-found', `the import \`${specifier}\` finds no file (relative to this file); check the path and its extension (\`.astro\`, \`.ts\`, \`.js\`, \`.mdx\`)`);
      }
      return;
    }
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
    // okrbook itself (`okrbook/components`) is there wherever this code runs.
    if (name !== 'okrbook' && !packageInstalled(name, projectRoot)) {
      add(line, 'import-not-found', `the import \`${specifier}\` names the package \`${name}\`, which is not installed (no \`node_modules/${name}\`); add it with \`npm install ${name}\`, or remove the import`);
    }
  };
  visit(tree);
  return findings;
}

/** The okrbook project: its node_modules hold the packages an MDX body may import. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What Vite tries after a relative import's path, in order. */
const IMPORT_SUFFIXES = ['', '.ts', '.js', '.mjs', '.tsx', '.jsx', '.astro', '/index.ts', '/index.js'];

/** The module specifiers of an MDX ESM block (`import ... from 'x'`, `import 'x'`, `export ... from 'x'`), with the line in the block (0 for the first). */
export function importSpecifiers(esm: string): Array<{ specifier: string; lineInBlock: number }> {
  const out: Array<{ specifier: string; lineInBlock: number }> = [];
  for (const match of esm.matchAll(/(?:^|[\n;])\s*(?:import|export)\b(?:[^'";]*?\bfrom\s*|\s*)(['"])([^'"\n]+)\1/g)) {
    const start = match.index + match[0].search(/import|export/);
    out.push({ specifier: match[2]!, lineInBlock: esm.slice(0, start).split('\n').length - 1 });
  }
  return out;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

const installed = new Map<string, boolean>();

/** Whether `node_modules/<name>` exists in the project or a folder above it (how Node finds packages). */
function packageInstalled(name: string, projectRoot: string): boolean {
  const key = `${projectRoot}\0${name}`;
  let answer = installed.get(key);
  if (answer === undefined) {
    answer = false;
    for (let dir = projectRoot; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, 'node_modules', name, 'package.json'))) {
        answer = true;
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
    installed.set(key, answer);
  }
  return answer;
}
