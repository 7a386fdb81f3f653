/** Settings the organisation deployed that could not be used. */
export function ManagedProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice" data-testid="managed-problems">
      <p>
        <strong>Some settings from your organisation could not be used.</strong> Tell whoever manages this browser:
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
