/** The database's own error behind a refused statement (Drizzle wraps it as the cause), or null when it ran. */
export async function refusal(statement: Promise<unknown>): Promise<{ code?: string; message: string; constraint?: string } | null> {
  try {
    await statement;
    return null;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    const { code, message, constraint } = cause as { code?: string; message: string; constraint?: string };
    return { code, message, constraint };
  }
}
