/** Joins between guides and roles: which guides and FAQs concern a role, and checks of guides' role ids. */
import type { Role } from '../data/roles';

export interface GuideLike {
  id: string;
  filePath?: string | undefined;
  data: { roles: readonly string[] };
}

/** Every guide's `roles` entry must name a role in data/roles.csv; returns messages naming file and field. */
export function checkGuideRoles(guides: readonly GuideLike[], roles: readonly Role[]): string[] {
  const ids = new Set(roles.map((r) => r.id));
  return guides.flatMap((guide) =>
    guide.data.roles.flatMap((id, i) =>
      ids.has(id) ? [] : [`${guide.filePath ?? guide.id}: roles[${i}]: expected a role id from data/roles.csv, got "${id}"`],
    ),
  );
}

/** Guides whose frontmatter `roles` lists this role. */
export function guidesForRole<G extends GuideLike>(guides: readonly G[], id: string): G[] {
  return guides.filter((g) => g.data.roles.includes(id));
}

/** Whether a piece of text names the role by its title or another name it goes by (whole words, any case, plural allowed). */
export function mentionsRole(text: string, role: Pick<Role, 'title' | 'alsoCalled'>): boolean {
  return [role.title, ...role.alsoCalled].some((name) => {
    const escaped = name
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+');
    return new RegExp(`(^|[^a-z0-9])${escaped}s?($|[^a-z0-9])`, 'i').test(text);
  });
}

/**
 * FAQs of the guides that concern a role, the ones naming the role first; when none names it,
 * the first two of each guide, so a role page always points at some answers.
 */
export function faqsForRole<F extends { question: string; answer: string; guide: GuideLike }>(
  faqs: readonly F[],
  role: Role,
  limit = 8,
): F[] {
  const concerning = faqs.filter((f) => f.guide.data.roles.includes(role.id));
  const naming = concerning.filter((f) => mentionsRole(`${f.question} ${f.answer}`, role));
  if (naming.length > 0) return naming.slice(0, limit);
  const firstOfEach = new Map<string, F[]>();
  for (const faq of concerning) {
    const list = firstOfEach.get(faq.guide.id) ?? [];
    if (list.length < 2) list.push(faq);
    firstOfEach.set(faq.guide.id, list);
  }
  return [...firstOfEach.values()].flat().slice(0, limit);
}
