/** How each route describes itself for the OpenAPI document, using the same zod schemas that validate it. */
import type * as z from 'zod';
import type { Role } from '../../../shared/auth/roles';

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Hono path under /api, e.g. '/calls/:id'. */
  path: string;
  summary: string;
  tag: 'calls' | 'companies' | 'plans' | 'applications' | 'reviews' | 'consultancies' | 'system';
  /** 'public' or the roles allowed. */
  access: 'public' | Role[];
  params?: z.ZodType;
  query?: z.ZodType;
  headers?: z.ZodType;
  body?: z.ZodType;
  /** Status code → what it means here (errors share the one error shape). */
  responses: Record<number, string>;
}
