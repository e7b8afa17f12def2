// @ts-check
// This repository is okrbook and its example site at once: the site uses okrbook as any other site does
// (okrbook resolves to this package itself). OKRBOOK_* variables set the content root, base path and the rest.
import { defineConfig } from 'astro/config';
import okrbook from 'okrbook';

export default defineConfig({
  integrations: [okrbook()],
});
