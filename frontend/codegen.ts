import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types and typed documents from the server's checked-in schema, not a live server. */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          ID: 'string',
          DateTime: 'string',
          NaiveDate: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
