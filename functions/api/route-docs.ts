/** Every route's description, in the order the API mounts them; a test keeps it equal to the app's routes. */
import type { RouteDoc } from './openapi/route-doc';
import { applicationRouteDocs } from './routes/applications';
import { callApplicationRouteDocs } from './routes/call-applications';
import { callRouteDocs } from './routes/calls';
import { catalogueRouteDocs } from './routes/catalogue';
import { companyRouteDocs } from './routes/companies';
import { consultancyRouteDocs } from './routes/consultancies';
import { planRouteDocs } from './routes/plans';
import { reviewRouteDocs } from './routes/reviews';

export const routeDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Liveness',
    tag: 'system',
    access: 'public',
    responses: { 200: 'OK' },
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    tag: 'system',
    access: 'public',
    responses: { 200: 'OpenAPI 3.1' },
  },
  {
    method: 'get',
    path: '/docs',
    summary: 'Interactive API reference',
    tag: 'system',
    access: 'public',
    responses: { 200: 'HTML' },
  },
  {
    method: 'get',
    path: '/docs.js',
    summary: "The interactive reference's script (the site's CSP allows no inline script)",
    tag: 'system',
    access: 'public',
    responses: { 200: 'JavaScript' },
  },
  {
    method: 'get',
    path: '/docs.css',
    summary: "The interactive reference's style sheet",
    tag: 'system',
    access: 'public',
    responses: { 200: 'CSS' },
  },
  ...callRouteDocs,
  ...callApplicationRouteDocs,
  ...catalogueRouteDocs,
  ...companyRouteDocs,
  ...planRouteDocs,
  ...applicationRouteDocs,
  ...reviewRouteDocs,
  ...consultancyRouteDocs,
];
