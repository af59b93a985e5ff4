import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../content/files';

/**
 * The dark scheme may change colours and nothing else. The phone-layout browser test relies on
 * it: it measures each page's layout once, because a scheme that only swaps colour tokens cannot
 * move, clip or widen anything.
 */
describe('the dark colour scheme', () => {
  const sources = filesUnder('src', /\.(css|astro)$/).filter((file) => readFileSync(file, 'utf8').includes('prefers-color-scheme'));

  it('is declared in one place, the tokens in src/styles/global.css', () => {
    expect(sources).toEqual(['src/styles/global.css']);
  });

  it('sets only colour tokens (colours, an opacity, no shadow), never a size, space or font', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const block = /@media screen and \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/.exec(css)?.[1];
    const declarations = (block ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    expect(declarations.length).toBeGreaterThan(10);
    for (const declaration of declarations) {
      expect(declaration).toMatch(/^--pp-(?!space|step|measure|wide|radius|font)[a-z0-9-]+: (#[0-9a-f]{6}|none|0?\.\d+)$/);
    }
  });
});
