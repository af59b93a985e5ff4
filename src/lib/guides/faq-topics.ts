import { FAQ_TOPICS, type FaqTopic } from './schema';

export const FAQ_TOPIC_INFO: Record<FaqTopic, { title: string; intro: string }> = {
  'getting-in': { title: 'Getting in', intro: 'First roles, degrees, experience, résumés and interviews.' },
  certifications: { title: 'Certifications', intro: 'Which certification, when, and what each one asks of you.' },
  pay: { title: 'Pay', intro: 'What the roles pay, according to cited sources, and what goes with higher pay.' },
  'moving-up': { title: 'Moving up', intro: 'Promotions, next rungs and moves between project, program, product and Scrum roles.' },
  tools: { title: 'Tools and techniques', intro: 'Software, interview technique, portfolios and ways to keep learning.' },
};

export interface TopicGroup<F> {
  topic: FaqTopic | 'other';
  title: string;
  intro: string;
  faqs: F[];
}

/** FAQs grouped by topic in hub order; any without a topic go last, under "Other questions". */
export function groupFaqsByTopic<F extends { topic?: FaqTopic | undefined }>(faqs: readonly F[]): TopicGroup<F>[] {
  const groups: TopicGroup<F>[] = FAQ_TOPICS.map((topic) => ({
    topic,
    ...FAQ_TOPIC_INFO[topic],
    faqs: faqs.filter((f) => f.topic === topic),
  }));
  const other = faqs.filter((f) => f.topic === undefined);
  if (other.length > 0)
    groups.push({ topic: 'other', title: 'Other questions', intro: 'Questions not yet filed under a topic.', faqs: other });
  return groups.filter((g) => g.faqs.length > 0);
}
