/** The commands read `okrbook({ content })` from the site's astro.config as written (src/cli/site-config.ts). */
import { describe, expect, it } from 'vitest';
import { contentOption } from '../../src/cli/site-config.ts';

describe('contentOption', () => {
  it('reads the content root written as a plain string', () => {
    expect(contentOption(`export default defineConfig({ integrations: [okrbook({ content: 'okrs' })] });`)).toBe('okrs');
    expect(contentOption(`integrations: [\n  okrbook({\n    routes: { people: false },\n    content: "data/okrs",\n  }),\n]`)).toBe('data/okrs');
  });

  it('finds none without options, in a comment, or when the value is computed', () => {
    expect(contentOption(`integrations: [okrbook()]`)).toBeUndefined();
    expect(contentOption(`// okrbook({ content: 'old' })\nintegrations: [okrbook()]`)).toBeUndefined();
    expect(contentOption('okrbook({ content: `${root}/okrs` })')).toBeUndefined();
    expect(contentOption(`okrbook({ routes: { people: false } })`)).toBeUndefined();
  });
});
