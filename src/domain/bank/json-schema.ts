/** The JSON Schema documents for bank and passage files, as the text `npm run schema` writes. */
import * as z from 'zod/mini'
import { bankSchema, passageSchema } from './schema.ts'

/** zod keeps the http(s)-only rule of a URL to itself; editors learn it from a pattern. */
function httpOnly(ctx: { jsonSchema: Record<string, unknown> }): void {
  if (ctx.jsonSchema.format === 'uri') ctx.jsonSchema.pattern = '^[Hh][Tt][Tt][Pp][Ss]?://'
}

/** File name → pretty-printed JSON Schema. */
export function renderSchemas(): Record<string, string> {
  const render = (schema: z.ZodMiniType, title: string) =>
    JSON.stringify(
      { title, ...z.toJSONSchema(schema, { io: 'input', override: httpOnly }) },
      null,
      2,
    ) + '\n'
  return {
    'bank.schema.json': render(bankSchema, 'Passage question set'),
    'passage.schema.json': render(passageSchema, 'Passage article'),
  }
}
