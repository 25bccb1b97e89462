import * as z from 'zod/mini';

/**
 * Build-time settings (Vite `VITE_*` variables), validated once at start-up. Zod's functional
 * build: the whole of zod for one setting added 65 kB (16 kB compressed) to every page's first load.
 */
const schema = z.object({
  /** Where the GraphQL API answers; the server serves the app and the API on one origin. */
  VITE_GRAPHQL_URL: z._default(z.string().check(z.minLength(1)), '/graphql'),
});

export const env = schema.parse(import.meta.env);
