/** Lambda entry — Catalogue: the national incentives catalogue's search and record pages (ADR 0017). */
import { catalogueArea } from '../api/areas/catalogue-area';
import { dynamoCatalogue } from '../api/wire-catalogue';
import { createAreaHandler } from './area-handler';

export const handler = createAreaHandler(catalogueArea, { catalogue: dynamoCatalogue });
