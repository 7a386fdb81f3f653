import { z } from '/work/main/node_modules/zod/v4/mini/index.js';
const day = z.array(z.string().check(z.regex(/^\d\d:\d\d-\d\d:\d\d$/, 'bad range'))).check(z.superRefine((arr, ctx) => { ctx.addIssue({ code: 'custom', message: 'ov', path: [1], input: arr }); }));
const s = z.object({ a: z.object({ mon: z.optional(day) }), n: z.optional(z.int().check(z.positive())), e: z.enum(['x','y']), l: z.literal(1), d: z._default(z.array(z.string()), []) });
const err = (iss) => { console.log('ERR', iss.code, JSON.stringify({...iss, inst: undefined, input: iss.input})); return undefined; };
console.log(JSON.stringify(s.safeParse({ a: { mon: ['x', '09:00-10:00'] }, n: 1.5, l: '1' }, { error: err }).error.issues, null, 0));
console.log(JSON.stringify(s.safeParse([], { error: err }).error.issues));
console.log(JSON.stringify(s.safeParse({ a: { mon: ['09:00-10:00'] }, n: -1, e: 'x', l: 1, extra: 1 }, { error: err })));
console.log(JSON.stringify(z.toJSONSchema(s, { io: 'input' }), null, 1));
