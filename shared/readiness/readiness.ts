/**
 * The digital-readiness self-check: five maturity questions scored 0–3, and the small first steps that
 * follow from the weakest answers. Pure and deterministic; the texts live in the web app's languages.
 */
export const READINESS_QUESTIONS = ['security', 'data', 'customers-online', 'processes', 'skills'] as const;
export type ReadinessQuestion = (typeof READINESS_QUESTIONS)[number];
export type ReadinessAnswers = Partial<Record<ReadinessQuestion, 0 | 1 | 2 | 3>>;

export interface FirstStep {
  question: ReadinessQuestion;
  /** The spend category calls usually fund for this step, to start a plan line with. */
  category: 'consulting' | 'training' | 'saas-cloud' | 'web-ecommerce' | 'hardware';
}

/** Below this level an area needs a first step. */
const ENOUGH = 2;

const STEP_CATEGORY: Record<ReadinessQuestion, FirstStep['category']> = {
  security: 'consulting',
  data: 'saas-cloud',
  'customers-online': 'web-ecommerce',
  processes: 'saas-cloud',
  skills: 'training',
};

/**
 * At most three steps, weakest area first; on a tie the order of READINESS_QUESTIONS decides, which
 * puts security first (cheap to fix, costly to ignore). Unanswered questions count as not known: no step.
 */
export function firstSteps(answers: ReadinessAnswers, max = 3): FirstStep[] {
  return READINESS_QUESTIONS.flatMap((question, order) => {
    const level = answers[question];
    return level !== undefined && level < ENOUGH ? [{ question, level, order }] : [];
  })
    .sort((a, b) => a.level - b.level || a.order - b.order)
    .slice(0, max)
    .map(({ question }) => ({ question, category: STEP_CATEGORY[question] }));
}

/** 0–100: how far along the answered areas are. */
export function readinessScore(answers: ReadinessAnswers): number {
  const levels = Object.values(answers);
  if (levels.length === 0) return 0;
  return Math.round((levels.reduce<number>((sum, l) => sum + l, 0) / (levels.length * 3)) * 100);
}
