import type { CertificationFact, CertificationStage } from '../data/certification-facts';
import { CERTIFICATION_STAGES } from '../data/certification-facts';

/** What each career stage means for a reader choosing a certification. */
export const STAGE_INFO: Record<CertificationStage, { title: string; intro: string }> = {
  'first-role': {
    title: 'Starting out: no project experience yet',
    intro: 'Credentials you can earn without having led a project. They show you know the vocabulary; they do not replace experience.',
  },
  practising: {
    title: 'Leading projects or working on agile teams',
    intro:
      'Credentials for people already running projects or working on agile teams. Each one sets its own prerequisites: read them in the Prerequisites column before you plan.',
  },
  senior: {
    title: 'Senior and program roles',
    intro: 'Credentials for people who run programs, portfolios or release trains, or who must apply a method such as PRINCE2 in full.',
  },
  technical: {
    title: 'Technical depth',
    intro: 'Not project management credentials: technical certifications that help in infrastructure and network projects.',
  },
};

export interface StageGroup {
  stage: CertificationStage;
  title: string;
  intro: string;
  rows: CertificationFact[];
}

/** Certifications grouped by stage, in the stage order readers move through; empty stages dropped. */
export function groupByStage(facts: readonly CertificationFact[]): StageGroup[] {
  return CERTIFICATION_STAGES.map((stage) => ({ stage, ...STAGE_INFO[stage], rows: facts.filter((f) => f.stage === stage) })).filter(
    (g) => g.rows.length > 0,
  );
}

/** The words a reader sees for how a row's facts were read. */
export function sourceLabel(kind: CertificationFact['source_kind']): string {
  switch (kind) {
    case 'awarding-body':
      return "awarding body's page";
    case 'awarding-body-copy':
      return "copy of the awarding body's page";
    case 'reports':
      return "published reports; confirm on the awarding body's page";
    case 'not-confirmed':
      return 'not confirmed';
  }
}
