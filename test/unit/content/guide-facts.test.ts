import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Facts a guide must keep stating, whoever edits it next: the specifics a practitioner opens it
 * for. Each entry is a label a failure message can name and a pattern the guide's text must match.
 */
const REQUIRED: Record<string, [label: string, pattern: RegExp][]> = {
  'tpm-interviews-in-depth': [
    ['links every IC TPM rung', /\/roles\/technical-program-manager\/[\s\S]*\/roles\/senior-technical-program-manager\/[\s\S]*\/roles\/staff-technical-program-manager\/[\s\S]*\/roles\/principal-technical-program-manager\//],
    ['links the TPM ladder', /\/ladders\/technical-program-management\//],
    ['a worked program-sense answer', /## How do you answer a program-sense question\?[\s\S]*\*\*A worked answer/],
    ['a worked system-design answer', /## How do you answer a system-design question as a TPM\?[\s\S]*\*\*A worked answer/],
    ['what each behavioural question listens for', /\| Question \| What the interviewer listens for \|/],
    ['how down-leveling happens', /### How does down-leveling happen/],
    ['a four-to-six-week plan', /## How do you prepare in four to six weeks\?/],
  ],
  'software-engineer-or-it-pm-to-tpm': [
    ['the five artifacts', /one-page program summary[\s\S]*dependency map[\s\S]*launch plan[\s\S]*risk register[\s\S]*decision log/i],
    ['an internal move, step by step', /## How do you make the move inside your company\?[\s\S]*internal transfer/],
    ['how levels map', /## How do levels map when you move\?/],
  ],
  'pay-and-negotiation': [
    ['what OEWS wages count, from BLS', /incentive pay including commissions and production bonuses/],
    ['what OEWS wages leave out, from BLS', /nonproduction bonuses/],
    ["BLS's pay terms page", /https:\/\/www\.bls\.gov\/respondents\/oes\/payterms\.htm/],
    ['the offer check', /\]\(\/pay\/offer-check\/\)/],
    ['industry figures, dated and labelled as means', /In May 2024 the mean annual wage for computer occupations, all other was \$210,590[\s\S]*\$116,260/],
    ['a negotiation example labelled as made up', /> \*\*Worked example \(made-up numbers, not data\)\.\*\*/],
  ],
  'a-week-in-the-life-of-project-and-program-managers': [
    ['the four templates', /\(\/templates\/status-report\.md\)[\s\S]*\(\/templates\/raid-log\.csv\)[\s\S]*\(\/templates\/executive-update\.md\)[\s\S]*\(\/templates\/project-charter\.md\)/],
  ],
  'ai-and-project-work': [
    ['the date of the new PMP outline', /9 July 2026/],
    ['the awarding body of PMI-CPMAI', /PMI-CPMAI \(PMI Certified Professional in Managing AI\) is PMI's certification/],
    ['the full PMP eligibility rule', /36 months[\s\S]{0,80}eight years[\s\S]{0,60}four-year degree[\s\S]{0,40}60 months[\s\S]{0,60}24 months[\s\S]{0,60}GAC-accredited[\s\S]{0,40}35 \[contact hours\][\s\S]{0,80}CAPM/],
    ['the limits of AI tools', /\*\*Confidentiality\.\*\*[\s\S]*\*\*Verification\.\*\*/],
  ],
  'senior-it-project-manager-craft': [
    ['CPI and SPI formulas', /CPI \(EV divided by AC\)[\s\S]*SPI \(EV divided by PV\)/],
    ['an earned value example labelled as made up', /> \*\*Worked example \(made-up numbers, not data\)\.\*\*[\s\S]*CPI/],
    ['capital and operating spend', /Capital expenditure \(CapEx\)[\s\S]*Operating expenditure \(OpEx\)/],
    ['statements of work and RFPs', /### The statement of work[\s\S]*### The request for proposal/],
    ['the PMO and portfolios', /## How do the PMO and the portfolio work\?/],
  ],
};

describe.each(Object.entries(REQUIRED))('content/guides/%s.mdx', (slug, facts) => {
  const text = readFileSync(`content/guides/${slug}.mdx`, 'utf8');
  it('states what it is read for', () => {
    expect(facts.filter(([, pattern]) => !pattern.test(text)).map(([label]) => label)).toEqual([]);
  });
  it('ends with a checklist for this month, before nothing but the FAQs', () => {
    expect(text).toMatch(/## What to do this month\n\n(- \[ \] .+\n)+$/);
  });
});
