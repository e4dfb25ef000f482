/** A plain horizontal bar for a share (0–1); decorative, the number beside it carries the meaning. */
export function Bar({ share, color = 'blue' }: { share: number; color?: string }) {
  return (
    <div aria-hidden style={{ background: 'var(--mantine-color-gray-1)', borderRadius: 4, height: 10, width: '100%', minWidth: 60 }}>
      <div style={{ width: `${Math.max(0, Math.min(1, share)) * 100}%`, height: '100%', borderRadius: 4, background: `var(--mantine-color-${color}-7)` }} />
    </div>
  );
}
