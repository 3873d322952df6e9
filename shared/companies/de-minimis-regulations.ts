/**
 * De minimis regulations: the general one in force since 2024, and the one before it (which some calls
 * still cite). A plain list, free of the schema library, so forms offer the choices without loading it.
 */
export const DE_MINIMIS_REGULATIONS = ['EU-2023/2831', 'EU-1407/2013'] as const;
