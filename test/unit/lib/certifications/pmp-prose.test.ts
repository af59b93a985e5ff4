import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pmpRule, pmpRuleSentence } from '../../../../src/lib/certifications/eligibility';
import {
  htmlPassages,
  markdownPassages,
  missingRuleParts,
  pmpProseProblems,
  statesPmpEligibility,
} from '../../../../src/lib/certifications/pmp-prose';
import { parseCertificationFacts } from '../../../../src/lib/data/certification-facts';

const full =
  "PMI asks for 36 months leading projects with a four-year degree, 60 with a high school diploma or associate's degree, or 24 with a GAC-accredited degree, within the last eight years, plus 35 contact hours or the CAPM.";

describe('statesPmpEligibility', () => {
  it('catches the partial rules readers were given', () => {
    expect(statesPmpEligibility('PMI asks for months of experience leading projects before you can sit the PMP.')).toBe(true);
    expect(statesPmpEligibility('The PMP requires 36 months leading projects and 35 hours of education.')).toBe(true);
    expect(statesPmpEligibility('PMI asks for years of experience leading projects before you can sit the PMP.')).toBe(true);
  });

  it('leaves alone passages that mention the PMP without stating how much experience it needs', () => {
    expect(statesPmpEligibility('Take the PMP as soon as you are eligible.')).toBe(false);
    expect(statesPmpEligibility('Senior IT project managers typically have 5 years of experience and often hold the PMP.')).toBe(false);
    expect(statesPmpEligibility('The CAPM counts in place of the 35 hours the PMP asks for.')).toBe(false);
  });
});

describe('missingRuleParts', () => {
  it('names every part a partial statement leaves out', () => {
    expect(missingRuleParts('The PMP requires 36 months leading projects and 35 hours of education.')).toEqual([
      "60 months with a high school diploma or associate's degree",
      '24 months with a GAC-accredited degree',
      'experience within the last eight years',
      'or the CAPM in place of the hours',
    ]);
  });

  it('passes the full rule, and the sentence the pages build from the data', () => {
    expect(missingRuleParts(`For the PMP: ${full}`)).toEqual([]);
    const rule = pmpRule(parseCertificationFacts(readFileSync('data/certification-facts.csv', 'utf8')))!;
    expect(missingRuleParts(`Are you eligible for the PMP? ${pmpRuleSentence(rule)}`)).toEqual([]);
  });
});

describe('passages', () => {
  it('reads frontmatter lines and body blocks separately', () => {
    const text = '---\ntitle: "x"\nfaqs:\n  - answer: "The PMP requires 36 months."\n---\n\nOne.\nTwo.\n\n| a | b |\n| 36 | 60 |\n';
    const passages = markdownPassages(text, 'g.mdx');
    expect(passages.map((p) => p.where)).toEqual(['g.mdx:2', 'g.mdx:3', 'g.mdx:4', 'g.mdx:7', 'g.mdx:10']);
    expect(pmpProseProblems(passages)).toHaveLength(1);
    expect(pmpProseProblems(passages)[0]).toMatch(/^g\.mdx:4: states PMP eligibility without 60 months/);
  });

  it('reads paragraphs, lists and table rows of a built page', () => {
    const html =
      '<main><p>PMI asks for <a href="#">36 months</a> leading projects before you can sit the PMP.</p><ul><li>x</li></ul><table><tr><td>PMP</td></tr><tr><td>36</td></tr></table><script>PMP 36 months required</script></main>';
    const passages = htmlPassages(html, '/x/');
    expect(passages.map((p) => p.text)).toEqual(['PMI asks for 36 months leading projects before you can sit the PMP.', 'x', 'PMP', '36']);
  });
});

describe('the site content', () => {
  it('every guide and glossary entry that states PMP eligibility states all of it', () => {
    const guides = readdirSync('content/guides').filter((f) => /\.mdx?$/.test(f));
    const passages = guides.flatMap((f) => markdownPassages(readFileSync(`content/guides/${f}`, 'utf8'), `content/guides/${f}`));
    passages.push(
      ...markdownPassages(readFileSync('content/glossary/terms.yaml', 'utf8'), 'content/glossary/terms.yaml').flatMap((p) =>
        p.text.split('\n').map((line, i) => ({ where: `${p.where}+${i}`, text: line })),
      ),
    );
    expect(pmpProseProblems(passages)).toEqual([]);
  });

  it('no guide calls the PMP the one certification with survey data on pay', () => {
    for (const f of readdirSync('content/guides')) {
      expect(readFileSync(`content/guides/${f}`, 'utf8'), f).not.toMatch(/the one certification for which there is survey data/i);
    }
  });
});

describe('renewal cycles are not experience', () => {
  it('"every three years" does not count as a statement of the PMP rule', () => {
    expect(statesPmpEligibility('You keep the PMP with 60 PDUs every three years; check the prerequisites first.')).toBe(false);
    expect(statesPmpEligibility('To sit the PMP you need three years leading projects.')).toBe(true);
    expect(statesPmpEligibility('Required before the PMP? Valid: three years, renewed cycle by cycle.')).toBe(false);
    expect(statesPmpEligibility('Have you led projects for three years or more? Then check the PMP experience rule.')).toBe(true);
    expect(statesPmpEligibility('Without a degree the PMP rule is five years of experience.')).toBe(true);
  });
});
