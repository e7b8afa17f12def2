// @ts-check
import { defineConfig } from 'astro/config';
import okrbook from 'okrbook';

// okrbook publishes the OKRs and check-ins under content/ (see README.md).
export default defineConfig({
  integrations: [okrbook()],
});
