/**
 * Resolves once the next frame has painted: work started then does not delay that paint.
 * (An animation frame, then a message: the frame's paint runs between the two.)
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(0);
    }),
  );
}

/**
 * Resolves in a task after the next paint's own follow-up tasks: for work that should neither
 * delay the paint nor the first things queued behind it (a table's remaining rows).
 */
export async function afterPaintSettled(): Promise<void> {
  await afterPaint();
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
}
