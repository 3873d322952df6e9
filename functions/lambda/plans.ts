/** Lambda entry — Companies and plans: profiles, plans, matches and eligibility reports. */
import { plansArea } from '../api/areas/plans-area';
import { createAreaHandler } from './area-handler';

export const handler = createAreaHandler(plansArea);
