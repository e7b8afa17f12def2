/**
 * `astro dev`: the content is loaded once, then once per change of a file
 * of the content root (not once per page or component). A change writes the
 * site file again, invalidates `virtual:okrbook/site` in every Vite
 * environment and reloads the browser, as Astro's own content layer does.
 */
import path from 'node:path';
import { isRunnableDevEnvironment, type ViteDevServer } from 'vite';
import { resolvedId, SITE_MODULE } from './vite-plugins.ts';

/** Content files: what a change of the content root is about (Markdown, MDX, YAML). */
const CONTENT_FILE = /\.(md|mdx|ya?ml)$/i;

/** Makes every environment evaluate the site module again on its next import. */
export function invalidateSite(server: ViteDevServer): void {
  const id = resolvedId(SITE_MODULE);
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    const node = environment.moduleGraph.getModuleById(id);
    if (node) environment.moduleGraph.invalidateModule(node, undefined, timestamp, true);
    if (isRunnableDevEnvironment(environment)) {
      const evaluated = environment.runner.evaluatedModules.getModuleById(id);
      if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
    }
  }
  server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
}

/** Calls `reload` (then invalidates the site) after each burst of changes to content files below `contentRoot`. */
export function watchContent(server: ViteDevServer, contentRoot: string, reload: () => Promise<void>): void {
  server.watcher.add(contentRoot);
  let timer: NodeJS.Timeout | undefined;
  server.watcher.on('all', (_event, file) => {
    const relative = path.relative(contentRoot, file);
    if (relative.startsWith('..') || path.isAbsolute(relative) || !CONTENT_FILE.test(file)) return;
    // One reload for a burst of writes (an editor saving, a git checkout).
    clearTimeout(timer);
    timer = setTimeout(() => {
      void reload().then(() => invalidateSite(server));
    }, 30);
  });
}
