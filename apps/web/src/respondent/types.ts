import type { RouterOutputs } from "../lib/trpc.js";

export type OpenSurvey = RouterOutputs["survey"]["open"];
export type Section = OpenSurvey["sections"][number];
export type Item = Section["items"][number];
/** A stored answer: a point 1..k, or "dk" for don't know. */
export type AnswerValue = number | "dk";
export type Answers = Readonly<Record<string, AnswerValue>>;
/** Where the respondent is: the intro, a section (0-based index) or the review page. */
export type Step = { kind: "intro" } | { kind: "section"; index: number } | { kind: "review" };
