/**
 * Keys of the imported catalogue in the single table (listed with the others in table-design.ts and
 * ARCHITECTURE.md):
 *
 * AP21 A catalogue entry by source id:     pk=CATALOGUE#<source>#<sourceId>  sk=CURRENT
 * AP21b One of its versions:               pk=CATALOGUE#<source>#<sourceId>  sk=VERSION#<nnnn>
 * AP22 Every entry of a source (refresh, search index):  GSI2 gsi2pk=CATALOGUE#<source>   gsi2sk=<sourceId, 12 digits>
 *      (sparse: only the CURRENT items; a Query, paged, for marking withdrawn records)
 * AP10 Its audit trail:                    pk=AUDIT#catalogue#<source>#<sourceId>  sk=<at>#<ulid>
 */
import { keys } from './table-design';

export const catalogueKeys = {
  entry: (source: string, sourceId: string) => ({ pk: `CATALOGUE#${source}#${sourceId}`, sk: 'CURRENT' }),
  version: (source: string, sourceId: string, version: number) => ({
    pk: `CATALOGUE#${source}#${sourceId}`,
    sk: `VERSION#${String(version).padStart(4, '0')}`,
  }),
  bySource: (source: string) => `CATALOGUE#${source}`,
  bySourceSort: (sourceId: string) => sourceId.padStart(12, '0'),
  auditResource: 'catalogue',
  auditId: (source: string, sourceId: string) => `${source}#${sourceId}`,
  auditPartition: (source: string, sourceId: string) =>
    keys.auditPartition('catalogue', `${source}#${sourceId}`),
} as const;
