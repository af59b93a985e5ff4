/**
 * What the search page offers before anything is typed. The questions are the site's choice of
 * those readers bring most often (moving in, pay, the first certification, what comes next); each
 * must be a FAQ a guide answers, or the build stops.
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

/** The FAQs for `questions`, in that order; a question no guide answers is an error naming it. */
export function pickFaqs<T extends FaqLike>(faqs: readonly T[], questions: readonly string[] = TOP_QUESTIONS): T[] {
  const byQuestion = new Map(faqs.map((f) => [f.question, f]));
  const missing = questions.filter((q) => !byQuestion.has(q));
  if (missing.length > 0)
    throw new Error(
      `src/lib/search/suggestions.ts: TOP_QUESTIONS: expected a FAQ some guide answers, got ${missing.map((q) => `"${q}"`).join(', ')}`,
    );
  return questions.map((q) => byQuestion.get(q)!);
}
