import type { Caller, TestApi } from "./harness.js";

/** An answer the fixture gives: a point, or "dk". */
export type FixtureAnswer = number | "dk";

/**
 * Opens a personal link and submits the questionnaire: every item shown without a condition answered
 * with `answer(item, its position)`, then the `extra` answers (e.g. to conditional items), from
 * `respondent`'s device (a fresh one unless given, so a test may read back what only that device may).
 */
export async function submitQuestionnaire(
  api: TestApi,
  link: string,
  answer: (item: { id: string; points: number }, index: number) => FixtureAnswer,
  extra: readonly { itemId: string; value: FixtureAnswer }[] = [],
  respondent: Caller = api.anonymous(),
): Promise<void> {
  const token = link.split("/s/")[1] as string;
  const opened = await respondent.survey.open({ token, locale: "nl" });
  const at = new Date().toISOString();
  const answers = [
    ...opened.sections.flatMap((s) =>
      s.items.filter((i) => i.showIf === null).map((i, index) => ({ itemId: i.id, value: answer(i, index) })),
    ),
    ...extra,
  ].map((a) => ({ ...a, at }));
  for (let i = 0; i < answers.length; i += 100)
    await respondent.survey.save({ token, answers: answers.slice(i, i + 100) });
  await respondent.survey.submit({ token });
}
