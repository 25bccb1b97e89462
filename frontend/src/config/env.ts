import { z } from 'zod';

/** Build-time settings (Vite `VITE_*` variables), validated once at start-up. */
const schema = z.object({
  /** Where the GraphQL API answers; the server serves the app and the API on one origin. */
  VITE_GRAPHQL_URL: z.string().min(1).default('/graphql'),
});

export const env = schema.parse(import.meta.env);
