import type { CSSProperties, ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import { respondentMessages } from "./messages.js";
import { ProgressBar } from "./progress-bar.js";
import { optionLabels, Question } from "./question.js";
import type { Answers, AnswerValue, Item, Section } from "./types.js";
import type { Progress } from "./visibility.js";

interface SectionPageProps {
  section: Section;
  index: number;
  count: number;
  items: readonly Item[];
  answers: Answers;
  progress: Progress;
  onAnswer(itemId: string, value: AnswerValue): void;
  onPrevious(): void;
  onNext(): void;
}

interface Block {
  key: string;
  header: string[];
  points: number;
  items: Item[];
}

/** Consecutive items on the same scale share one matrix header. */
function blocks(items: readonly Item[]): Block[] {
  const result: Block[] = [];
  for (const item of items) {
    const header = optionLabels(item);
    if (item.dontKnow) header.push(item.dontKnowLabel ?? "?");
    const last = result.at(-1);
    if (last && last.header.join("\u0000") === header.join("\u0000")) last.items.push(item);
    else result.push({ key: item.id, header, points: item.points, items: [item] });
  }
  return result;
}

export function SectionPage(props: SectionPageProps): ReactNode {
  const { section, index, count, items, answers, progress, onAnswer } = props;
  const t = useMessages(respondentMessages);
  const last = index === count - 1;
  return (
    <>
      <p className="rs-kicker">{t("partOf", { index: index + 1, count })}</p>
      <h1 tabIndex={-1}>{section.title}</h1>
      <ProgressBar progress={progress} />
      {blocks(items).map((block) => (
        <div className="rs-block" key={block.key} style={{ "--rs-points": block.points } as CSSProperties}>
          {/* The column headings of the matrix on wide screens; each radio button carries its own label. */}
          <div className="rs-matrix-header" aria-hidden="true">
            <span />
            {block.header.map((label, i) => (
              <span key={label} className={i === block.points ? "rs-dk" : undefined}>
                {label}
              </span>
            ))}
          </div>
          {block.items.map((item) => (
            <Question key={item.id} item={item} value={answers[item.id]} onAnswer={onAnswer} />
          ))}
        </div>
      ))}
      <nav className="rs-pager" aria-label={t("sectionNav")}>
        <button type="button" className="button secondary" onClick={props.onPrevious}>
          {t("previous")}
        </button>
        <button type="button" className="button" onClick={props.onNext} data-testid="next">
          {last ? t("toReview") : t("next")}
        </button>
      </nav>
    </>
  );
}
