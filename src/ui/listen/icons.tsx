// The transport icons: drawn, not glyphs (⏮ ⏭ turn into emoji in some fonts). Decorative: each
// button carries its own label.

const paths = {
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M6 4.5h4v15H6zm8 0h4v15h-4z',
  previous: 'M5 5h2.5v14H5zm3.5 7L19 5v14z',
  next: 'M16.5 5H19v14h-2.5zM15.5 12 5 19V5z',
  stop: 'M6 6h12v12H6z',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="bs-listen-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
