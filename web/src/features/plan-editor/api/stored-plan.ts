/** The stored plan a 409 hands back, checked before the editor offers it (loaded only on a 409). */
import * as z from 'zod';
import { planSchema } from '../../../../../shared/plans/plan-schema';

const storedPlanSchema = z.object({ current: z.object({ plan: planSchema, revision: z.number() }) });

export const readStoredPlan = (raw: unknown) => storedPlanSchema.safeParse(raw).data?.current;
