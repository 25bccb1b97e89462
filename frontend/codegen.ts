import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every `graphql(...)` call in src, from the server's exported schema.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        scalars: { DateTime: 'string', NaiveDate: 'string', UUID: 'string' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
