/** Lambda entry — Applications: submit (the click-day path), read, withdraw. */
import { applicationsArea } from '../api/areas/applications-area';
import { dynamoClickDay } from '../api/wire-click-day';
import { createAreaHandler } from './area-handler';

export const handler = createAreaHandler(applicationsArea, { clickDay: dynamoClickDay });
