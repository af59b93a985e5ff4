/**
 * What the search page offers before anything is typed. The questions are the site's choice of
 * those readers bring most often (moving in, pay, the first certification, what comes next); each
 * must be a FAQ a guide answers (test/built/search-suggestions.test.ts checks the built page).
 */
export const TOP_QUESTIONS: readonly string[] = [
  'How do I become an IT project manager with no experience?',
  'How much does a project manager earn?',
  'Which project management certification should I get first?',
  'Can I take the PMP with no experience?',
  'What comes after IT project manager?',
  'What is the difference between a project manager and a program manager?',
  'Does a technical project manager need to know how to code?',
  'What is the difference between a Scrum master and a project manager?',
];

export interface FaqLike {
  id: string;
  question: string;
  guide: { id: string };
}

/**
 * The FAQs for `questions`, in that order, leaving out any no guide answers: a build over a few
 * fixture guides has none of them. test/built/search-suggestions.test.ts holds the real site to
 * offering every one, so a renamed or removed FAQ still fails the tests.
 */
export function pickFaqs<T extends FaqLike>(faqs: readonly T[], questions: readonly string[] = TOP_QUESTIONS): T[] {
  const byQuestion = new Map(faqs.map((f) => [f.question, f]));
  return questions.flatMap((q) => byQuestion.get(q) ?? []);
}
