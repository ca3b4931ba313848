// A face for each rating level, drawn (no emoji font needed): the mouth curves from a wide smile (5)
// to a deep frown (1), and the colour runs from green to red.
import type { RatingLevel } from '../../../electron/contract';

const look: Record<RatingLevel, { color: string; mouth: string; brows?: string }> = {
  5: { color: '#1f9d55', mouth: 'M28 60 Q50 86 72 60' },
  4: { color: '#6cb33f', mouth: 'M31 63 Q50 77 69 63' },
  3: { color: '#e6a700', mouth: 'M32 67 L68 67' },
  2: { color: '#ee7d30', mouth: 'M32 73 Q50 61 68 73' },
  1: { color: '#d9363e', mouth: 'M29 76 Q50 55 71 76', brows: 'M27 30 L42 36 M73 30 L58 36' },
};

export function Face({ level, size }: { level: RatingLevel; size: number | string }) {
  const { color, mouth, brows } = look[level];
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" className="face">
      <circle cx="50" cy="50" r="46" fill={color} />
      <circle cx="50" cy="50" r="46" fill="none" stroke="rgb(0 0 0 / 18%)" strokeWidth="3" />
      <circle cx="36" cy="42" r="6" fill="#1b2430" />
      <circle cx="64" cy="42" r="6" fill="#1b2430" />
      {brows && <path d={brows} stroke="#1b2430" strokeWidth="5" strokeLinecap="round" fill="none" />}
      <path d={mouth} stroke="#1b2430" strokeWidth="6" strokeLinecap="round" fill="none" />
    </svg>
  );
}

export const faceColor = (level: RatingLevel): string => look[level].color;
