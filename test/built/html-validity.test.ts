import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { allPages, DIST } from './site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ... /> and minifies; both are valid HTML.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Headline text lengths and inline styles are editorial choices, not validity.
    'long-title': 'off',
    'no-inline-style': 'off',
    // HTML5 allows ids that start with a digit, which Astro makes from headings such as "1. Get certified".
    'valid-id': ['error', { relaxed: true }],
    // A group of checkboxes sharing one name is how HTML submits several values of one field
    // (the planner's skills and certifications); the rule's default shares only radios and buttons.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

describe('every built page is valid HTML', () => {
  it.each(allPages())('%s', async (path) => {
    const file = join(DIST, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const errors = report.results.flatMap((r) =>
      r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
