/** Ends an exhaustive `switch`: adding a union variant makes every unhandled switch a compile error. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`);
}
