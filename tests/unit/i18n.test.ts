import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/coaching/rules.ts';
import { createTranslator, interfaceLanguage, LANGUAGES, PLACEHOLDER, RULE_WORDS, translatorOf } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { cleanContentRoots, contentRoot, errorLines, load } from '../helpers.ts';

afterAll(cleanContentRoots);

/** The `{names}` a message is filled with. */
const valuesOf = (message: string | Record<string, string>) =>
  [...new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((m) => [...m.matchAll(PLACEHOLDER)].map((x) => x[1])))].sort();

describe('shipped interface languages', () => {
  for (const [language, catalogue] of Object.entries(LANGUAGES)) {
    it(`${language} has every key of the English catalogue, no other, and uses no value the English one is not filled with`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en)) {
        const message = catalogue[key as keyof typeof en];
        expect(typeof message === 'string', `${language}: ${key} is ${typeof english === 'string' ? 'text' : 'a plural'} in English`).toBe(typeof english === 'string');
        // A language may leave a value out (Malay needs no English possessive), never use one that is not filled in.
        expect(valuesOf(english), `${language}: ${key}`).toEqual(expect.arrayContaining(valuesOf(message as string)));
        if (typeof message !== 'string') expect(message.other, `${language}: ${key}.other`).toBeTruthy();
      }
    });

    it(`${language} gives the title, question and "fires when" of every coaching rule`, () => {
      const words = RULE_WORDS[language as keyof typeof LANGUAGES];
      expect(Object.keys(words).sort()).toEqual(RULES.map((r) => r.id).sort());
      for (const rule of RULES) expect(Object.values(words[rule.id]!).every((text) => text.trim().length > 0), rule.id).toBe(true);
    });
  }

  it('English rule words come from the English catalogue', () => {
    expect(RULE_WORDS.en['kr-stale']).toMatchObject({ title: 'Stale key result', question: 'When was this last looked at?' });
    expect(createTranslator('en-GB').rule('kr-stale')!.title).toBe('Stale key result');
  });
});

describe('translator', () => {
  it('picks the interface language from the locale, English when okrbook does not ship it', () => {
    expect(interfaceLanguage('ms-MY')).toBe('ms');
    expect(interfaceLanguage('ms')).toBe('ms');
    expect(interfaceLanguage('en-GB')).toBe('en');
    expect(interfaceLanguage('fr-FR')).toBe('en');
    const t = createTranslator('ms-MY');
    expect([t('nav.cycles'), t('status.on-track'), t('grade.green'), t.lang]).toEqual(['Kitaran', 'Di landasan', 'Hijau', 'ms-MY']);
    expect(createTranslator('fr-FR')('nav.cycles')).toBe('Cycles');
  });

  it('chooses plural forms with Intl.PluralRules: no "1 weeks", and Malay nouns that do not change', () => {
    const t = createTranslator('en');
    expect([1, 2, 0].map((count) => t('common.updates', { count }))).toEqual(['1 update', '2 updates', '0 updates']);
    expect(t('discipline.streak.weeks', { count: 1 })).toBe('week in a row');
    expect(t('discipline.streak.weeks', { count: 4 })).toBe('weeks in a row');
    const ms = createTranslator('ms-MY');
    expect([1, 3].map((count) => ms('common.updates', { count }))).toEqual(['1 kemas kini', '3 kemas kini']);
    // Numbers are written for the locale: 1,234 in English, 1,234 in Malay as well (ms-MY groups with commas).
    expect(t('common.hintCount', { count: 1234 })).toBe('1,234 hints');
    // English possessives where English needs them, the plain name in Malay.
    expect(t('team.scoresTable', { team: 'Sales' })).toBe("Sales' score per cycle");
    expect(t('team.scoresTable', { team: 'Marketing' })).toBe("Marketing's score per cycle");
    expect(ms('team.scoresTable', { team: 'Sales' })).toBe('Skor Sales bagi setiap kitaran');
  });

  it('escapes values in HTML messages unless they are given as HTML', () => {
    const t = createTranslator('en');
    expect(t.html('team.partOf', { parent: '<Sales & Co>' })).toBe('Part of &lt;Sales &amp; Co&gt;.');
    expect(t.html('team.partOf', { parent: { html: '<a href="/teams/sales/">Sales</a>' } })).toBe('Part of <a href="/teams/sales/">Sales</a>.');
    expect(createTranslator('ms-MY').value(true)).toBe('Selesai');
    expect(createTranslator('ms-MY').value(157000, 'MYR')).toBe('157,000 MYR');
  });
});

describe('i18n/<lang>.yaml overrides', () => {
  it('overrides strings of the interface language, plural forms included', () => {
    const root = contentRoot({
      'site.yaml': 'title: OKR Syarikat\nlocale: ms-MY\n',
      'i18n/ms.yaml': 'nav.coach: Kejurulatihan\ncommon.updates: "{count} kemaskini"\n',
      'i18n/en.yaml': 'nav.coach: Coaching\n',
    });
    const { model, findings } = load(root);
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    const t = translatorOf(model);
    expect([t('nav.coach'), t('nav.teams'), t('common.updates', { count: 2 })]).toEqual(['Kejurulatihan', 'Pasukan', '2 kemaskini']);
  });

  it('says which key, line and value is wrong, and names the closest key', () => {
    const root = contentRoot({
      'site.yaml': 'locale: ms-MY\n',
      'i18n/ms.yaml': '# Kata-kata kami\nnav.home: Laman utama\nnav.cycle: Kitaran OKR\ncommon.updates:\n  one: "{count} kemas kini"\n  other: "{jumlah} kemas kini"\nstatus.done: [Selesai]\n',
      'i18n/fr.yaml': 'nav.home: Accueil\n',
    });
    expect(errorLines(root)).toMatchInlineSnapshot(`
      [
        "i18n/fr.yaml:1: unknown-language: okrbook ships the interface languages en, ms; name the file after one of them (e.g. \`i18n/ms.yaml\`), or start its name with \`_\` to keep it aside",
        "i18n/ms.yaml:3: unknown-string: nav.cycle: \`nav.cycle\` is not an interface string; did you mean \`nav.cycles\`? (every key is in src/i18n/en.ts)",
        "i18n/ms.yaml:6: unknown-value: common.updates.other: \`{jumlah}\` is not filled in for this string; it can use \`{count}\`",
        "i18n/ms.yaml:7: invalid-value: status.done: expected text",
      ]
    `);
  });
});
