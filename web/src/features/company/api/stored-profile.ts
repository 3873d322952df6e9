/** The stored profile a 409 hands back, checked before the form offers it (loaded only on a 409). */
import * as z from 'zod';
import { companySchema } from '../../../../../shared/companies/company-schema';

const storedProfileSchema = z.object({ current: z.object({ company: companySchema, revision: z.number() }) });

export const readStoredProfile = (raw: unknown) => storedProfileSchema.safeParse(raw).data?.current;
