/**
 * site.yaml `repository` (issue 27, items 1 and 2): validated like every
 * other setting, resolved with the defaults of its host, and the links into
 * the host (Edit, new file) with every part URL-encoded and a length limit.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schemas/site.ts';
import { editLink, MAX_LINK_LENGTH, newFileLink, resolveRepository, type RepositoryTarget } from '../../src/lib/repository.ts';
import { fileOutputState } from '../../src/lib/file-output.ts';
import { cleanContentRoots, contentRoot, errorLines, load } from '../helpers.ts';

afterAll(cleanContentRoots);

const repo = (repository: Record<string, unknown>) => siteSchema.parse({ repository }).repository!;
const github = repo({ url: 'https://github.com/okrbook/okrbook/', path: 'content' });

describe('site.yaml repository', () => {
  it('is optional: no repository, no links', () => {
    expect(siteSchema.parse({}).repository).toBeUndefined();
  });

  it('fills in the defaults of GitHub, GitLab and Codeberg by host name', () => {
    expect(github).toEqual({
      url: 'https://github.com/okrbook/okrbook',
      branch: 'main',
      path: 'content',
      host: 'GitHub',
      editUrl: '{url}/edit/{branch}/{path}',
      newFileUrl: '{url}/new/{branch}/{dir}?filename={name}&value={content}',
    });
    expect(repo({ url: 'https://gitlab.example.org/ngo/okrs', branch: 'trunk', path: '/okrs/' })).toEqual({
      url: 'https://gitlab.example.org/ngo/okrs',
      branch: 'trunk',
      path: 'okrs',
      host: 'GitLab',
      editUrl: '{url}/-/edit/{branch}/{path}',
      newFileUrl: null,
    });
    expect(repo({ url: 'https://codeberg.org/ngo/okrs' })).toMatchObject({ host: 'Codeberg', editUrl: '{url}/_edit/{branch}/{path}', newFileUrl: null, path: '' });
  });

  it('takes any host with its own templates', () => {
    expect(repo({ url: 'https://git.example.org/ngo/okrs', edit_url: '{url}/src/edit/{branch}/{path}', new_file_url: '{url}/add?b={branch}&d={dir}&n={name}&c={content}' })).toEqual({
      url: 'https://git.example.org/ngo/okrs',
      branch: 'main',
      path: '',
      host: 'git.example.org',
      editUrl: '{url}/src/edit/{branch}/{path}',
      newFileUrl: '{url}/add?b={branch}&d={dir}&n={name}&c={content}',
    });
  });

  it('reports what is wrong with file, line and field, as check prints it', () => {
    const lines = (yaml: string) => errorLines(contentRoot({ 'site.yaml': `title: Acme\nrepository:\n${yaml}` }));
    expect(lines('  url: github.com/acme/okrs\n  brnch: main\n')).toEqual([
      'site.yaml:3: invalid-value: repository.url: expected an absolute http(s) address such as `https://github.com/acme/okrs`, got "github.com/acme/okrs"',
      'site.yaml:4: unknown-field: repository.brnch: `brnch` is not a field of `repository`; did you mean `branch`?',
    ]);
    expect(lines('  url: https://git.example.org/ngo/okrs\n')).toEqual([
      'site.yaml:2: required: repository.edit_url: git.example.org is not a host okrbook knows (github.com, gitlab.*, codeberg.org); add `edit_url` with its web editor\'s address, e.g. `edit_url: "{url}/_edit/{branch}/{path}"`',
    ]);
    expect(lines('  url: https://github.com/acme/okrs\n  edit_url: "{url}/edit/{brnch}/{file}"\n')).toEqual([
      'site.yaml:4: unknown-placeholder: repository.edit_url: `{brnch}` is not a placeholder of edit_url; did you mean `{branch}`? use {url}, {branch}, {path}',
      'site.yaml:4: unknown-placeholder: repository.edit_url: `{file}` is not a placeholder of edit_url; use {url}, {branch}, {path}',
    ]);
    expect(lines('  url: https://github.com/acme/okrs\n  new_file_url: "javascript:alert({content})"\n')).toEqual([
      'site.yaml:4: invalid-value: repository.new_file_url: expected an absolute http(s) address template such as `{url}/new/{branch}/{dir}?filename={name}&value={content}`, got "javascript:alert({content})"',
    ]);
    expect(lines('  url: https://github.com/acme/okrs\n  path: ../other\n')).toEqual([
      'site.yaml:4: invalid-value: repository.path: expected a folder inside the repository written with `/`, without `.` or `..`, such as `okrs/content`, got "../other"',
    ]);
    expect(lines('  url: ftp://github.com/acme/okrs\n')).toHaveLength(1);
  });

  it('reaches the model resolved', () => {
    const { model, findings } = load(contentRoot({ 'site.yaml': 'title: Acme\nrepository:\n  url: https://github.com/acme/okrs\n' }));
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(model.settings.repository?.editUrl).toBe('{url}/edit/{branch}/{path}');
    expect(load(contentRoot()).model.settings.repository).toBeUndefined();
  });
});

describe('editLink', () => {
  it("opens the host's web editor at the file's path in the repository", () => {
    expect(editLink(github, 'okrs/2026-q3/sales/win-mid-market.md')).toBe('https://github.com/okrbook/okrbook/edit/main/content/okrs/2026-q3/sales/win-mid-market.md');
    expect(editLink(repo({ url: 'https://gitlab.com/ngo/okrs' }), 'teams/youth.md')).toBe('https://gitlab.com/ngo/okrs/-/edit/main/teams/youth.md');
    expect(editLink(repo({ url: 'https://codeberg.org/ngo/okrs', branch: 'release/2026', path: 'site/content' }), 'guide/index.md')).toBe(
      'https://codeberg.org/ngo/okrs/_edit/release/2026/site/content/guide/index.md',
    );
  });

  it('encodes each segment of the path, never the slashes', () => {
    expect(editLink(github, 'okrs/2026 q3/a#b?c&d.md')).toBe('https://github.com/okrbook/okrbook/edit/main/content/okrs/2026%20q3/a%23b%3Fc%26d.md');
    expect(editLink(github, 'guide/Café ñ.md')).toBe('https://github.com/okrbook/okrbook/edit/main/content/guide/Caf%C3%A9%20%C3%B1.md');
  });

  it('is null without an edit template', () => {
    expect(editLink({ ...github, editUrl: null }, 'teams/sales.md')).toBeNull();
  });
});

describe('newFileLink', () => {
  const file = 'handovers/sales/2026-08-15.md';
  const prefix = 'https://github.com/okrbook/okrbook/new/main/content/handovers/sales?filename=2026-08-15.md&value=';

  it('puts the folder in the path, the name and the content in the query', () => {
    expect(newFileLink(github, file, '---\nteam: sales\n---\n')).toEqual({ href: `${prefix}---%0Ateam%3A%20sales%0A---%0A` });
    expect(newFileLink({ ...github, path: '' }, 'a.md', 'x')).toEqual({ href: 'https://github.com/okrbook/okrbook/new/main/?filename=a.md&value=x' });
  });

  it('encodes hostile text so that it stays one query value', () => {
    // Quotes, &, #, a newline, an emoji (4 UTF-8 bytes), Arabic (right to left, 2 bytes a letter), `</script>`.
    const hostile = `say "hi" & 'bye' # not a fragment\n😀 مرحبا </script>`;
    const link = newFileLink(github, file, hostile);
    expect(link).toEqual({
      href: `${prefix}say%20%22hi%22%20%26%20'bye'%20%23%20not%20a%20fragment%0A%F0%9F%98%80%20%D9%85%D8%B1%D8%AD%D8%A8%D8%A7%20%3C%2Fscript%3E`,
    });
    const url = new URL((link as { href: string }).href);
    expect(url.hash).toBe('');
    expect([...url.searchParams.keys()]).toEqual(['filename', 'value']);
    expect(url.searchParams.get('value')).toBe(hostile);
  });

  it(`says tooLong past ${MAX_LINK_LENGTH} characters`, () => {
    // The prefix is 97 characters; 7,903 of `a` make 8,000 (fits), one more 8,001 (too long).
    expect(prefix).toHaveLength(97);
    expect(newFileLink(github, file, 'a'.repeat(7903))).toEqual({ href: prefix + 'a'.repeat(7903) });
    expect(newFileLink(github, file, 'a'.repeat(7904))).toEqual({ tooLong: true });
    // An emoji takes 12 characters encoded (%F0%9F%98%80): 97 + 659 x 12 = 8,005 is too long, 97 + 658 x 12 = 7,993 fits.
    expect(newFileLink(github, file, '😀'.repeat(659))).toEqual({ tooLong: true });
    expect(newFileLink(github, file, '😀'.repeat(658))).toHaveProperty('href');
  });

  it('is null without a new-file template', () => {
    expect(newFileLink(repo({ url: 'https://gitlab.com/ngo/okrs' }), file, 'x')).toBeNull();
  });
});

describe('fileOutputState', () => {
  it('gives a Download that needs no script, and the Open link only with a template', () => {
    const target: RepositoryTarget = resolveRepository({ url: 'https://github.com/a/b', branch: 'main', path: '' });
    expect(fileOutputState('handovers/sales/2026-08-15.md', 'a & b\n', target)).toEqual({
      name: '2026-08-15.md',
      download: 'data:text/markdown;charset=utf-8,a%20%26%20b%0A',
      open: { href: 'https://github.com/a/b/new/main/handovers/sales?filename=2026-08-15.md&value=a%20%26%20b%0A' },
    });
    expect(fileOutputState('a.md', 'x', undefined).open).toBeNull();
  });
});
