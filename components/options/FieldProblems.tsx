/** The problems of one field, right under it; the field points here with aria-describedby. */
export function FieldProblems({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {messages.map((message, i) => (
        <li key={i}>{message}</li>
      ))}
    </ul>
  );
}

/** The ids a field is described by: its hint, and its problems when it has any. */
export function describedBy(hintId: string | undefined, problemsId: string, hasProblems: boolean): string | undefined {
  const ids = [hintId, hasProblems ? problemsId : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
