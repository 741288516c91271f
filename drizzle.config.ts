import { defineConfig } from 'drizzle-kit'

// `npm run db:generate` writes a new migration from schema changes. Never `push`, never edit a
// landed migration: add a new one.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/main/db/schema/index.ts',
  out: './src/main/db/migrations'
})
