/** Lambda entry — Calls: drafts, publishing, errata, public reads, each call's applications and budget. */
import { callsArea } from '../api/areas/calls-area';
import { dynamoClickDay } from '../api/wire-click-day';
import { createAreaHandler } from './area-handler';

export const handler = createAreaHandler(callsArea, { clickDay: dynamoClickDay });
