import { type CSSProperties, memo, type ReactNode } from "react";
import type { AnswerValue, Item } from "./types.js";

interface QuestionProps {
  item: Item;
  value: AnswerValue | undefined;
  onAnswer(itemId: string, value: AnswerValue): void;
}

/** The option labels of an item, one per point (the scale's label, or the number if it has none). */
export function optionLabels(item: Item): string[] {
  return Array.from({ length: item.points }, (_, i) => item.labels[i] ?? String(i + 1));
}

/**
 * One statement as a group of native radio buttons: Tab enters the group, the arrow keys move
 * between points and Space picks one, and a screen reader reads the statement as the group's name
 * and the point's label as each button's name. The same markup is a row of a matrix on wide screens
 * and a card on phones (respondent.css).
 */
export const Question = memo(function Question({ item, value, onAnswer }: QuestionProps): ReactNode {
  const textId = `q-${item.id}-text`;
  const options: { value: AnswerValue; label: string }[] = optionLabels(item).map((label, i) => ({
    value: i + 1,
    label,
  }));
  if (item.dontKnow) options.push({ value: "dk", label: item.dontKnowLabel ?? "?" });
  const style = { "--rs-points": item.points } as CSSProperties;
  return (
    <div
      className="rs-question"
      id={`q-${item.id}`}
      role="radiogroup"
      aria-labelledby={textId}
      style={style}
      data-answered={value !== undefined}
    >
      <p className="rs-question-text" id={textId}>
        {item.text}
      </p>
      {options.map((option) => (
        <label key={option.value} className={option.value === "dk" ? "rs-option rs-dk" : "rs-option"}>
          <input
            type="radio"
            name={`answer-${item.id}`}
            value={option.value}
            checked={value === option.value}
            onChange={() => onAnswer(item.id, option.value)}
          />
          <span className="rs-option-label">{option.label}</span>
        </label>
      ))}
    </div>
  );
});
