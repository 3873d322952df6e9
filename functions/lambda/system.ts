/** Lambda entry — liveness, the OpenAPI document and its reference page, and the JSON 404 for unknown paths. */
import { systemArea } from '../api/areas/system-area';
import { createAreaHandler } from './area-handler';

export const handler = createAreaHandler(() => systemArea());
