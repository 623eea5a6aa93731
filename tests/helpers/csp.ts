/** Reads a Content-Security-Policy into its directives: "default-src 'none'; img-src 'self'" -> name -> sources. */
export function policyDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}
