// drizzle-kit: generates the SQL migrations committed in drizzle/migrations from drizzle/schema.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './drizzle/schema/index.ts',
  out: './drizzle/migrations',
});
