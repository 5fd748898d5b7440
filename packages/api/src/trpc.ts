import { initTRPC } from "@trpc/server";
import { ZodError } from "zod";
import type { Context } from "./context.js";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // Never leak a stack trace; flatten zod issues so forms can show them next to their fields.
    const { stack: _stack, ...data } = shape.data;
    return {
      ...shape,
      data: {
        ...data,
        zodIssues:
          error.cause instanceof ZodError
            ? error.cause.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }))
            : null,
      },
    };
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
